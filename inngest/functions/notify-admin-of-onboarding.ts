import { companyCreated } from "../events";
import { inngest } from "../client";

/** A company that signed up through the public form: tell the administrator, retried until the mail goes out. */
export const notifyAdminOfOnboardingFunction = inngest.createFunction(
  { id: "notify-admin-of-onboarding", retries: 6, triggers: [companyCreated] },
  async ({ event, step }) =>
    step.run("e-mail the administrator", async () => {
      const { notifyAdminOfOnboarding } = await import("@/lib/companies/onboarding");
      return notifyAdminOfOnboarding(event.data.companyId);
    }),
);
