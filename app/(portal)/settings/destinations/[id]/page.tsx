import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeliveryLogTable } from "@/components/destinations/delivery-log-table";
import { DestinationActions } from "@/components/destinations/destination-actions";
import { DESTINATION_TYPE_LABELS, DestinationStatusBadge } from "@/components/destinations/destination-status-badge";
import { VerificationSnippet } from "@/components/destinations/verification-snippet";
import { DetailItem } from "@/components/portal/detail-item";
import { PageHeader } from "@/components/portal/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { getDestinationWithLog } from "@/lib/destinations";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Destination" };

export default async function DestinationPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminSession();
  const { id } = await params;
  const [found, settings] = await Promise.all([getDestinationWithLog(id.slice(0, 64)), getSettings()]);
  if (!found) notFound();
  const { destination, deliveries } = found;
  return (
    <>
      <PageHeader
        title={destination.name}
        description={`${DESTINATION_TYPE_LABELS[destination.type]} destination`}
        actions={<DestinationActions id={destination.id} name={destination.name} disabled={destination.status === "DISABLED"} />}
      />
      <Card className="mb-6">
        <CardContent className="pt-6">
          <dl className="grid gap-4 sm:grid-cols-3">
          <DetailItem label="Sends to">
            <span className="break-all font-mono text-xs">{destination.target}</span>
          </DetailItem>
          <DetailItem label="Status">
            <DestinationStatusBadge status={destination.status} />
            {destination.statusReason ? <span className="mt-1 block text-sm text-destructive">{destination.statusReason}</span> : null}
          </DetailItem>
          <DetailItem label="Failures in a row">{destination.consecutiveFailures}</DetailItem>
          </dl>
        </CardContent>
        {destination.type === "WEBHOOK" ? (
          <CardContent>
            <VerificationSnippet />
          </CardContent>
        ) : null}
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Delivery log</CardTitle>
        </CardHeader>
        <CardContent>
          {deliveries.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing delivered yet. Send a test to check the destination.</p>
          ) : (
            <DeliveryLogTable deliveries={deliveries} timezone={settings.timezone} />
          )}
        </CardContent>
      </Card>
    </>
  );
}
