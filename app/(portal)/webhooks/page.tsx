import { Webhook } from "lucide-react";
import type { Metadata } from "next";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requireAdminSession } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { getWebhookOverview } from "@/lib/social/webhooks/webhook-views";

export const metadata: Metadata = { title: "Provider webhooks" };

const STATUS_LOOK: Record<string, { label: string; variant: BadgeVariant }> = {
  RECEIVED: { label: "Waiting", variant: "warning" },
  PROCESSED: { label: "Processed", variant: "success" },
  IGNORED: { label: "No action", variant: "secondary" },
  FAILED: { label: "Failed", variant: "destructive" },
};

export default async function WebhooksPage() {
  await requireAdminSession();
  const { events, rejections, countsByStatus } = await getWebhookOverview();
  const refused = rejections.reduce((sum, row) => sum + row.count, 0);

  return (
    <>
      <PageHeader
        title="Provider webhooks"
        description={`Facebook and TikTok deliveries, stored once and processed in the background. ${countsByStatus.RECEIVED ?? 0} waiting, ${countsByStatus.FAILED ?? 0} failed; ${refused} refused for a bad signature in the last 14 days.`}
      />
      <section aria-labelledby="rejections-heading" className="mb-8 grid gap-3">
        <h2 id="rejections-heading" className="text-lg font-semibold">
          Refused deliveries (bad signature)
        </h2>
        {rejections.length === 0 ? (
          <p className="text-sm text-muted-foreground">None in the last 14 days.</p>
        ) : (
          <ul className="grid gap-1 text-sm" data-testid="webhook-rejections">
            {rejections.map((row) => (
              <li key={`${row.provider}-${row.day.toISOString()}`}>
                {formatDate(row.day)} · {row.provider === "FACEBOOK" ? "Facebook" : "TikTok"}: {row.count} refused (last at {formatDateTime(row.lastAt)})
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="events-heading" className="grid gap-3">
        <h2 id="events-heading" className="text-lg font-semibold">
          Latest deliveries
        </h2>
        {events.length === 0 ? (
          <EmptyState icon={Webhook} title="No deliveries yet">
            Point the Facebook app&apos;s webhooks at /api/webhooks/facebook (deauthorize: /api/webhooks/facebook/deauthorize, data
            deletion: /api/webhooks/facebook/data-deletion) and TikTok&apos;s at /api/webhooks/tiktok.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto rounded-md border">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Received</TableHead>
                  <TableHead>Provider</TableHead>
                  <TableHead>Event</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>Outcome</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {events.map((event) => {
                  const look = STATUS_LOOK[event.status] ?? { label: event.status, variant: "outline" as const };
                  return (
                    <TableRow key={event.id} data-testid="webhook-event">
                      <TableCell className="whitespace-nowrap">{formatDateTime(event.receivedAt)}</TableCell>
                      <TableCell>{event.provider === "FACEBOOK" ? "Facebook" : "TikTok"}</TableCell>
                      <TableCell>{event.kind}</TableCell>
                      <TableCell>
                        <Badge variant={look.variant}>{look.label}</Badge>
                      </TableCell>
                      <TableCell>
                        {event.outcome ?? "—"}
                        {event.accountsAffected > 0 ? ` (${event.accountsAffected} account${event.accountsAffected === 1 ? "" : "s"} disconnected)` : ""}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </>
  );
}
