import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { issueOnboardingFormToken } from "@/lib/companies/onboarding-form-token";
import { OnboardingForm } from "./onboarding-form";

export const metadata: Metadata = { title: "Work with us" };
// Each visit gets a freshly signed form token.
export const dynamic = "force-dynamic";

export default function OnboardingPage() {
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold leading-none">Grow your social presence with us</h1>
        <CardDescription>
          Tell us about your company and what you need. We will get back to you within one business day.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <OnboardingForm formToken={issueOnboardingFormToken()} />
      </CardContent>
    </Card>
  );
}
