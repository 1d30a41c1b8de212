"use server";

import { formInput } from "@/lib/forms/form-fields";
import { redirect } from "next/navigation";
import { submitOnboarding } from "@/lib/companies/onboarding";
import { publicActionClient } from "./safe-action";
import { onboardingSchema } from "./onboarding.validation";

export const submitOnboardingAction = publicActionClient
  .metadata({ actionName: "submitOnboarding" })
  .inputSchema(formInput(onboardingSchema))
  .stateAction(async ({ parsedInput, ctx }) => {
    const { website_url: honeypot, formToken, ...company } = parsedInput;
    // The administrator's e-mail is a workflow started by the company-created event: the visitor never waits on it.
    await submitOnboarding({ company, honeypot, formToken }, ctx.clientIp);
    redirect("/onboarding/thanks");
  });
