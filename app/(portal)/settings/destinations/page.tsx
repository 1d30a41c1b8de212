import { Send } from "lucide-react";
import type { Metadata } from "next";
import { DestinationForm } from "@/components/destinations/destination-form";
import { DestinationsTable } from "@/components/destinations/destinations-table";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { listDestinations } from "@/lib/destinations";

export const metadata: Metadata = { title: "Destinations" };

export default async function DestinationsPage() {
  await requireAdminSession();
  const destinations = await listDestinations();
  return (
    <>
      <PageHeader title="Destinations" description="Where automations send reports, alerts and synced records: Telegram chats, signed webhooks and e-mail." />
      <div className="grid gap-6">
        {destinations.length === 0 ? (
          <EmptyState icon={Send} title="No destinations yet">
            Add a Telegram chat, a webhook or e-mail addresses below, then send a test.
          </EmptyState>
        ) : (
          <DestinationsTable destinations={destinations} />
        )}
        <Card className="max-w-3xl">
          <CardHeader>
            <CardTitle>Add a destination</CardTitle>
            <CardDescription>Telegram messages go through the bot set in TELEGRAM_BOT_TOKEN; e-mail through Resend.</CardDescription>
          </CardHeader>
          <CardContent>
            <DestinationForm />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
