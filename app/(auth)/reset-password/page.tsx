import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { INVALID_RESET_LINK_MESSAGE, isResetTokenUsable } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "./reset-password-form";

export const metadata: Metadata = { title: "Choose a new password" };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const usable = typeof token === "string" && (await isResetTokenUsable(token));
  return (
    <Card>
      <CardHeader>
        <h1 className="text-lg font-semibold leading-none">Choose a new password</h1>
        <CardDescription>Every session, on every device, is signed out when you save it.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {usable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <Alert variant="destructive" data-testid="reset-link-invalid">
              {INVALID_RESET_LINK_MESSAGE}
            </Alert>
            <Link href="/forgot-password" className="text-center text-sm font-medium text-primary hover:underline">
              Request a new link
            </Link>
          </>
        )}
      </CardContent>
    </Card>
  );
}
