import { env } from "@/lib/env";
import { withAgencyApi, withLocationApi, forgetLocationTokens, getLocationToken } from "./ghl-calls";
import { refreshAgencyToken } from "./token-manager";

export type IntegrationCheck = {
  name: string;
  outcome: "passed" | "failed" | "skipped";
  durationMs: number;
  detail: string;
};

/** The contact "Test integration" upserts: always the same, so repeated tests update one contact. */
export const INTEGRATION_TEST_CONTACT = {
  firstName: "Social Scale",
  lastName: "Integration test",
  email: "integration-test@socialscale.invalid",
  tags: ["integration-test"],
} as const;

async function timed(name: string, check: () => Promise<string>): Promise<IntegrationCheck> {
  const startedAt = performance.now();
  try {
    const detail = await check();
    return { name, outcome: "passed", durationMs: Math.round(performance.now() - startedAt), detail };
  } catch (error) {
    const detail = error instanceof Error ? error.message : "Unknown failure";
    return { name, outcome: "failed", durationMs: Math.round(performance.now() - startedAt), detail };
  }
}

function skipped(name: string, detail: string): IntegrationCheck {
  return { name, outcome: "skipped", durationMs: 0, detail };
}

/**
 * "Test integration": a harmless authenticated read, a token refresh, a sub-account token and a
 * contact upsert in the agency's own CRM sub-account, each timed. Messages come from
 * ProviderError and never contain credentials.
 */
export async function runIntegrationCheck(): Promise<IntegrationCheck[]> {
  const checks: IntegrationCheck[] = [];
  checks.push(
    await timed("Authenticated read (list sub-accounts)", async () => {
      const locations = await withAgencyApi((api, token) => api.searchLocations({ companyId: token.ghlCompanyId, limit: 1 }));
      return `GoHighLevel answered with ${locations.length === 0 ? "no" : "at least one"} sub-account.`;
    }),
  );
  checks.push(
    await timed("Token refresh", async () => {
      const token = await refreshAgencyToken({ mode: "manual" });
      return `New access token valid until ${token.expiresAt.toISOString()}.`;
    }),
  );
  const testLocationId = env().GHL_AGENCY_LOCATION_ID;
  if (testLocationId === undefined) {
    const reason = "Set GHL_AGENCY_LOCATION_ID (the agency's own CRM sub-account) to run this check.";
    checks.push(skipped("Sub-account token", reason), skipped("Contact upsert", reason));
    return checks;
  }
  checks.push(
    await timed("Sub-account token", async () => {
      forgetLocationTokens();
      await getLocationToken(testLocationId);
      return `Minted a token for sub-account ${testLocationId}.`;
    }),
  );
  checks.push(
    await timed("Contact upsert", async () => {
      const contact = await withLocationApi(testLocationId, (api) =>
        api.upsertContact({ locationId: testLocationId, ...INTEGRATION_TEST_CONTACT, tags: [...INTEGRATION_TEST_CONTACT.tags] }),
      );
      return `${contact.created ? "Created" : "Updated"} the test contact ${INTEGRATION_TEST_CONTACT.email}.`;
    }),
  );
  return checks;
}
