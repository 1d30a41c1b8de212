import { DetailItem } from "@/components/portal/detail-item";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { GhlConnectionPhase, GhlConnectionStatus } from "@/lib/ghl/connection-status";
import { Countdown } from "./countdown";

const PHASES: Record<GhlConnectionPhase, { label: string; variant: BadgeVariant }> = {
  not_connected: { label: "Not connected", variant: "secondary" },
  connected: { label: "Connected", variant: "success" },
  refreshing: { label: "Refreshing", variant: "default" },
  refresh_uncertain: { label: "Refresh unconfirmed", variant: "warning" },
  needs_reconnect: { label: "Needs reconnect", variant: "destructive" },
};

function yesNo(value: boolean): string {
  return value ? "Yes" : "No";
}

/** What seed 1's `/status` returned, as a panel: never a token, only facts about them. */
export function ConnectionStatusPanel({ status, renderedAt }: { status: GhlConnectionStatus; renderedAt: Date }) {
  const phase = PHASES[status.phase];
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
        <CardTitle>Connection</CardTitle>
        <Badge variant={phase.variant} data-testid="ghl-state">
          {phase.label}
        </Badge>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-3">
          <DetailItem label="Configured">{yesNo(status.configured)}</DetailItem>
          <DetailItem label="Access token">{yesNo(status.hasAccessToken)}</DetailItem>
          <DetailItem label="Refresh token">{yesNo(status.hasRefreshToken)}</DetailItem>
          <DetailItem label="Token valid">{yesNo(status.tokenValid)}</DetailItem>
          <DetailItem label="Expires in">
            {status.expiresAt ? <Countdown until={status.expiresAt.toISOString()} renderedAt={renderedAt.toISOString()} /> : null}
          </DetailItem>
          <DetailItem label="Last refresh">
            {status.lastRefreshedAt ? <span data-testid="ghl-last-refresh">{formatDateTime(status.lastRefreshedAt)}</span> : "Never"}
          </DetailItem>
          <DetailItem label="Consecutive failures">{String(status.consecutiveFailures)}</DetailItem>
          <DetailItem label="Auto-refresh">
            {status.autoRefresh.on ? `On (every minute; ${status.autoRefresh.aheadMinutes} min before expiry)` : "Off"}
          </DetailItem>
          <DetailItem label="Agency (company id)">{status.ghlCompanyId}</DetailItem>
        </dl>
        {status.lastError ? (
          <p className="mt-4 text-sm text-destructive" data-testid="ghl-last-error">
            Last error: {status.lastError}
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
