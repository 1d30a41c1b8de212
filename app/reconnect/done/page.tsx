import { CircleCheck } from "lucide-react";
import type { Metadata } from "next";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";

export const metadata: Metadata = { title: "Account reconnected" };

export default function ReconnectDonePage() {
  return (
    <Card className="text-center" data-testid="reconnect-done">
      <CardHeader className="justify-items-center">
        <CircleCheck className="size-10 text-success" aria-hidden />
        <h1 className="text-xl font-semibold">Thank you, your account is reconnected</h1>
        <CardDescription>Your agency can manage it again. Nothing else is needed.</CardDescription>
      </CardHeader>
      <CardContent className="text-sm text-muted-foreground">You can close this page now.</CardContent>
    </Card>
  );
}
