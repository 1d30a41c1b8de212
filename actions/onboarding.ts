"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { notifyAdminOfOnboarding, submitOnboarding } from "@/lib/companies/onboarding";
import { publicActionClient } from "./safe-action";
import { onboardingSchema } from "./onboarding.validation";

export const submitOnboardingAction = publicActionClient
  .metadata({ actionName: "submitOnboarding" })
  .inputSchema(onboardingSchema)
  .action(async ({ parsedInput, ctx }) => {
    const { website_url: honeypot, formToken, ...company } = parsedInput;
    const result = await submitOnboarding({ company, honeypot, formToken }, ctx.clientIp);
    if (result.outcome === "created") {
      // After the response: the visitor never waits on, or sees, a slow or failing mail provider.
      after(() => notifyAdminOfOnboarding(result.companyId));
    }
    redirect("/onboarding/thanks");
  });
