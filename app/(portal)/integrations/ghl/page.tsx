import { PlugZap } from "lucide-react";
import type { Metadata } from "next";
import { ConnectionActions } from "@/components/ghl/connection-actions";
import { ConnectionStatusPanel } from "@/components/ghl/connection-status-panel";
import { IntegrationTestCard } from "@/components/ghl/integration-test-card";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { requireAdminSession } from "@/lib/auth/session";
import { getGhlConnectionStatus } from "@/lib/ghl/connection-status";

export const metadata: Metadata = { title: "GoHighLevel" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Integrations → GoHighLevel: connect the agency, watch the token, test the whole path. */
export default async function GhlIntegrationPage({ searchParams }: Props) {
  await requireAdminSession();
  const [status, query] = await Promise.all([getGhlConnectionStatus(), searchParams]);
  const connected = status.phase !== "not_connected";
  const connectLabel = status.phase === "needs_reconnect" ? "Reconnect GoHighLevel" : connected ? "Connect again" : "Connect GoHighLevel";
  return (
    <>
      <PageHeader
        title="GoHighLevel"
        description="The agency's connection: sub-accounts for client companies are created through it."
        actions={
          <>
            <form method="post" action="/api/ghl/connect">
              <Button type="submit" variant={connected && status.phase !== "needs_reconnect" ? "outline" : "default"}>
                <PlugZap aria-hidden /> {connectLabel}
              </Button>
            </form>
            {connected ? <ConnectionActions /> : null}
          </>
        }
      />
      <div className="grid gap-6">
        {query.connect === "not_configured" || !status.configured ? (
          <Alert variant="warning">GoHighLevel is not configured: set GHL_CLIENT_ID and GHL_CLIENT_SECRET, then connect.</Alert>
        ) : null}
        {status.phase === "needs_reconnect" ? (
          <Alert variant="destructive">
            GoHighLevel refused the stored refresh token. Nothing is sent to GoHighLevel until you reconnect; the old tokens are kept.
          </Alert>
        ) : null}
        <ConnectionStatusPanel status={status} renderedAt={new Date()} />
        {connected ? <IntegrationTestCard /> : null}
      </div>
    </>
  );
}
