import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { formatDuration } from "@/components/logs/log-format";
import { OutcomeBadge } from "@/components/logs/outcome-badge";
import { StoredBody } from "@/components/logs/stored-body";
import { PageHeader } from "@/components/portal/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { providerLabel } from "@/lib/integration-log/labels";
import { getIntegrationLog } from "@/lib/integration-log/queries";
import { formatDateTime } from "@/lib/format";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";

export const metadata: Metadata = { title: "Integration log entry" };

const logIdSchema = z.string().regex(/^[\w-]{1,64}$/);

function Field({ label, wide, children }: { label: string; wide?: boolean; children: React.ReactNode }) {
  return (
    <div className={wide ? "grid gap-0.5 sm:col-span-2 lg:col-span-4" : "grid gap-0.5"}>
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="text-sm break-all">{children}</dd>
    </div>
  );
}

export default async function LogEntryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdminSession();
  const id = logIdSchema.safeParse((await params).id);
  if (!id.success) notFound();
  const entry = await getIntegrationLog(id.data);
  if (!entry) notFound();

  return (
    <>
      <PageHeader
        title={`${providerLabel(entry.provider)} · ${entry.action}`}
        description={formatDateTime(entry.createdAt, await agencyTimeZone())}
        actions={
          <Button variant="outline" asChild>
            <Link href="/logs">
              <ArrowLeft aria-hidden /> All calls
            </Link>
          </Button>
        }
      />
      <div className="grid gap-6">
        <Card className="py-4">
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
              <Field label="Outcome">
                <OutcomeBadge outcome={entry.outcome} />
              </Field>
              <Field label="HTTP status">{entry.httpStatus ?? "No response"}</Field>
              <Field label="Duration">{formatDuration(entry.durationMs)}</Field>
              <Field label="Attempt">{entry.attempt}</Field>
              <Field label="Request" wide>
                <span className="font-mono text-xs">
                  {entry.method} {entry.url}
                </span>
              </Field>
              <Field label="Company">
                {entry.company ? (
                  <Link href={`/companies/${entry.company.id}`} className="text-primary hover:underline">
                    {entry.company.name}
                  </Link>
                ) : (
                  (entry.companyId ?? "—")
                )}
              </Field>
              <Field label="Order">
                {entry.orderId ? (
                  <Link href={`/orders/${entry.orderId}`} className="font-mono text-xs text-primary hover:underline">
                    {entry.orderId}
                  </Link>
                ) : (
                  "—"
                )}
              </Field>
              <Field label="Log entry id">
                <span className="font-mono text-xs">{entry.id}</span>
              </Field>
              {entry.errorMessage ? (
                <Field label="Error" wide>
                  <span className="text-destructive">{entry.errorMessage}</span>
                </Field>
              ) : null}
            </dl>
          </CardContent>
        </Card>
        <StoredBody title="Request body" body={entry.requestBody} />
        <StoredBody title="Response body" body={entry.responseBody} />
      </div>
    </>
  );
}
