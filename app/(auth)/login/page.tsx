import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { isRegistrationOpen } from "@/lib/auth/accounts";
import { getAdminSession } from "@/lib/auth/session";
import { returnPathFrom } from "@/lib/http/request-path";
import { firstParam, type SearchParams } from "@/lib/list-query";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<SearchParams> };

export default async function LoginPage({ searchParams }: Props) {
  const params = await searchParams;
  // The page that sent the visitor here (see requireAdminSession): signing in returns there.
  const returnTo = returnPathFrom(firstParam(params, "callbackUrl"));
  if (await getAdminSession()) redirect(returnTo ?? "/dashboard");
  if (await isRegistrationOpen()) redirect("/register");
  const reset = firstParam(params, "reset");
  return (
    <Card>
      <CardHeader>
        <h1 className="text-lg font-semibold leading-none">Sign in</h1>
        <CardDescription>The console for the agency&apos;s administrator.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {reset === "done" ? (
          <Alert variant="success">Your password was changed. Sign in with the new one.</Alert>
        ) : null}
        <LoginForm redirectTo={returnTo} />
      </CardContent>
    </Card>
  );
}
