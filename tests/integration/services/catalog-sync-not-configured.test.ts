import { expect, it } from "vitest";

// Before the app's modules read the environment: this file runs without a Fampage key.
delete process.env.FAMPAGE_API_KEY;
const { db } = await import("@/lib/db");
const { ProviderNotConfiguredError } = await import("@/lib/providers/not-configured");
const { runCatalogSync } = await import("@/lib/services/run-catalog-sync");

it("says which variable to set when Fampage is not configured, and touches nothing", async () => {
  const error: unknown = await runCatalogSync().then(
    () => undefined,
    (rejection: unknown) => rejection,
  );

  expect(error).toBeInstanceOf(ProviderNotConfiguredError);
  expect((error as Error).message).toBe("Fampage is not configured: set FAMPAGE_API_KEY.");
  expect(await db.service.count()).toBe(0);
});
