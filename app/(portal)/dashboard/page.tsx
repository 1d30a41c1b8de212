import type { Metadata } from "next";
import { PageHeader } from "@/components/portal/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireAdminSession();
  return (
    <>
      <PageHeader title={`Welcome, ${session.name}`} description="Your agency's operations at a glance." />
      <Card>
        <CardHeader>
          <CardTitle>Signed in as {session.email}</CardTitle>
          <CardDescription>
            You are this console&apos;s administrator. Manage your password and sessions in Settings.
          </CardDescription>
        </CardHeader>
        <CardContent />
      </Card>
    </>
  );
}
