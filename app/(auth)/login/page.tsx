import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { isRegistrationOpen } from "@/lib/auth/accounts";
import { getAdminSession } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/list-query";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<SearchParams> };

export default async function LoginPage({ searchParams }: Props) {
  if (await getAdminSession()) redirect("/dashboard");
  if (await isRegistrationOpen()) redirect("/register");
  const params = await searchParams;
  const reset = firstParam(params, "reset");
  const callbackUrl = firstParam(params, "callbackUrl");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Sign in</CardTitle>
        <CardDescription>The console for the agency&apos;s administrator.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {reset === "done" ? (
          <Alert variant="success">Your password was changed. Sign in with the new one.</Alert>
        ) : null}
        <LoginForm redirectTo={callbackUrl?.startsWith("/") ? callbackUrl : undefined} />
      </CardContent>
    </Card>
  );
}
