import { RetryAfterError } from "inngest";
import { inngest } from "../client";
import { companyCreated, ghlProvisioningRequested } from "../events";

/** A 429 is retried when GoHighLevel's headers say the window reopens, not on the default backoff. */
async function honouringRateLimits<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const { isProviderError } = await import("@/lib/providers/core/provider-error");
    if (isProviderError(error) && error.kind === "rate_limited" && error.retryAfterSeconds !== undefined) {
      throw new RetryAfterError(error.message, error.retryAfterSeconds * 1000, { cause: error });
    }
    throw error;
  }
}

/**
 * A company's GoHighLevel sub-account: location → admin user → sign-in → agency CRM contact.
 * Each step looks before it creates and stores ids as it goes, so a crash anywhere replays
 * without duplicates; one run per company at a time. Triggered from the company page, and by
 * company creation when the agency provisions new companies automatically.
 */
export const provisionGhlSubaccountFunction = inngest.createFunction(
  {
    id: "provision-ghl-subaccount",
    triggers: [ghlProvisioningRequested, companyCreated],
    concurrency: { key: "event.data.companyId", limit: 1 },
    retries: 4,
  },
  async ({ event, step }) => {
    const run = await step.run("begin", async () => {
      if (event.name === ghlProvisioningRequested.name && "attempt" in event.data) {
        return { companyId: event.data.companyId, attempt: event.data.attempt };
      }
      const { beginAutomaticProvisioning } = await import("@/lib/ghl/provisioning/request-provisioning");
      const automatic = await beginAutomaticProvisioning(event.data.companyId);
      return automatic === null ? null : { companyId: event.data.companyId, ...automatic };
    });
    if (run === null) return { status: "not-requested" };

    const steps = [
      ["location", "create-location", "ensureLocation"],
      ["user", "create-user", "ensureSubaccountUser"],
      ["login", "sign-in-user", "signInSubaccountUser"],
      ["crm_contact", "upsert-crm-contact", "upsertCrmContact"],
    ] as const;
    let current: (typeof steps)[number][0] = "location";
    try {
      for (const [key, stepId, work] of steps) {
        current = key;
        const outcome = await step.run(stepId, () =>
          honouringRateLimits(async () => {
            const { runProvisioningStep } = await import("@/lib/ghl/provisioning/step-runner");
            const provisioningWork = await import("@/lib/ghl/provisioning/provisioning-work");
            return runProvisioningStep(run, key, provisioningWork[work]);
          }),
        );
        if (outcome.outcome === "stopped") return { status: "stopped" };
        if (outcome.outcome === "failed") {
          return step.run("fail", async () => {
            const { failProvisioning } = await import("@/lib/ghl/provisioning/provisioning-outcome");
            return failProvisioning(run, key, outcome.detail);
          });
        }
      }
    } catch (error) {
      // Retries ran out on a temporary failure: record it (no compensation: a retry may still succeed).
      const message = error instanceof Error ? error.message : "Unknown failure";
      return step.run("give-up", async () => {
        const { failProvisioning } = await import("@/lib/ghl/provisioning/provisioning-outcome");
        return failProvisioning(run, current, `Gave up after repeated temporary failures: ${message}`);
      });
    }
    return step.run("finish", async () => {
      const { finishProvisioning } = await import("@/lib/ghl/provisioning/provisioning-outcome");
      return finishProvisioning(run);
    });
  },
);
