import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { isRegistrationOpen, REGISTRATION_CLOSED_MESSAGE } from "@/lib/auth/accounts";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: "Create the administrator account" };
export const dynamic = "force-dynamic";

export default async function RegisterPage() {
  const open = await isRegistrationOpen();
  return (
    <Card>
      <CardHeader>
        <h1 className="text-lg font-semibold leading-none">{open ? "Set up your console" : "Registration is closed"}</h1>
        <CardDescription>
          {open
            ? "This first account becomes the console's one administrator."
            : "This console already has its administrator."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {open ? (
          <RegisterForm />
        ) : (
          <>
            <Alert data-testid="registration-closed">{REGISTRATION_CLOSED_MESSAGE}</Alert>
            <Link href="/login" className="text-center text-sm font-medium text-primary hover:underline">
              Go to sign in
            </Link>
          </>
        )}
      </CardContent>
    </Card>
  );
}
