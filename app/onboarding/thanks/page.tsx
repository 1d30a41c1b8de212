import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

export const metadata: Metadata = { title: "Thank you" };

export default function OnboardingThanksPage() {
  return (
    <Card className="text-center" data-testid="onboarding-thanks">
      <CardHeader className="justify-items-center">
        <CircleCheck className="size-10 text-success" aria-hidden />
        <h1 className="text-xl font-semibold">Thank you, we have your details</h1>
        <CardDescription>
          Someone from our team will contact you at the e-mail address you gave, usually within one business day.
        </CardDescription>
      </CardHeader>
      <CardContent className="text-sm text-muted-foreground">You can close this page now.</CardContent>
    </Card>
  );
}
