import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings";
import { agencySettingsFormValues } from "@/lib/settings/agency-settings";
import { ghlSettingsFormValues } from "@/lib/settings/ghl-settings";
import { AgencySettingsForm } from "./agency-settings-form";
import { GhlSettingsForm } from "./ghl-settings-form";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Settings" };

type Props = { searchParams: Promise<{ password?: string }> };

export default async function SettingsPage({ searchParams }: Props) {
  const session = await requireAdminSession();
  const { password } = await searchParams;
  const settings = await getSettings();
  return (
    <>
      <PageHeader title="Settings" description="Your account and the console's configuration." />
      <Card className="mb-6 max-w-3xl">
        <CardHeader>
          <CardTitle>Agency &amp; invoicing</CardTitle>
          <CardDescription>How orders are priced and what invoices show about your agency.</CardDescription>
        </CardHeader>
        <CardContent>
          <AgencySettingsForm values={agencySettingsFormValues(settings)} />
        </CardContent>
      </Card>
      <Card className="mb-6 max-w-3xl">
        <CardHeader>
          <CardTitle>GoHighLevel</CardTitle>
          <CardDescription>How client companies get their GoHighLevel sub-account.</CardDescription>
        </CardHeader>
        <CardContent>
          <GhlSettingsForm values={ghlSettingsFormValues(settings)} />
        </CardContent>
      </Card>
      <Card className="max-w-xl">
        <CardHeader>
          <CardTitle>Change password</CardTitle>
          <CardDescription>
            Signed in as {session.email}. Saving signs out every other session on every device.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          {password === "changed" ? (
            <Alert variant="success" data-testid="password-changed">
              Password changed. Every other session has been signed out.
            </Alert>
          ) : null}
          <ChangePasswordForm />
        </CardContent>
      </Card>
    </>
  );
}
