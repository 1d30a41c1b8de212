import { DetailItem } from "@/components/portal/detail-item";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { GhlProvisioningStatus, GhlStepStatus } from "@/lib/generated/prisma/client";
import { formatDateTime } from "@/lib/format";
import type { SubaccountView } from "@/lib/ghl/provisioning/subaccount-view";
import { AutoRefresh } from "./auto-refresh";
import { PasswordReveal } from "./password-reveal";
import { ProvisioningActions } from "./provisioning-actions";

const STATUSES: Record<GhlProvisioningStatus, { label: string; variant: BadgeVariant }> = {
  QUEUED: { label: "Queued", variant: "secondary" },
  RUNNING: { label: "Running", variant: "default" },
  NEEDS_VERIFICATION: { label: "Needs manual verification", variant: "warning" },
  COMPLETED: { label: "Completed", variant: "success" },
  FAILED: { label: "Failed", variant: "destructive" },
  CANCELLED: { label: "Cancelled", variant: "secondary" },
};

const STEP_STATUSES: Record<GhlStepStatus, { label: string; variant: BadgeVariant }> = {
  PENDING: { label: "Pending", variant: "secondary" },
  RUNNING: { label: "Running", variant: "default" },
  DONE: { label: "Done", variant: "success" },
  FAILED: { label: "Failed", variant: "destructive" },
  SKIPPED: { label: "Skipped", variant: "outline" },
};

/** Seconds to wait between refreshes while a run is under way. */
const LIVE_REFRESH_SECONDS = 2;

function describeAge(since: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - since.getTime()) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** The company's GoHighLevel sub-account: live steps while provisioning, then its credentials (password on demand). */
export function SubaccountCard({ companyId, subaccount, now }: { companyId: string; subaccount: SubaccountView | null; now: Date }) {
  const live = subaccount?.status === "QUEUED" || subaccount?.status === "RUNNING";
  return (
    <Card data-testid="ghl-subaccount">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-2">
        <div className="grid gap-1">
          <CardTitle>GoHighLevel sub-account</CardTitle>
          <CardDescription>
            {subaccount === null ? "Not created yet." : `Attempt ${subaccount.attempt}.`}
          </CardDescription>
        </div>
        {subaccount ? (
          <Badge variant={STATUSES[subaccount.status].variant} data-testid="ghl-provisioning-status">
            {STATUSES[subaccount.status].label}
          </Badge>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        {live ? <AutoRefresh seconds={LIVE_REFRESH_SECONDS} /> : null}
        {subaccount ? (
          <ol className="grid gap-2" aria-label="Provisioning steps">
            {subaccount.steps.map((step) => (
              <li key={step.key} className="flex flex-wrap items-baseline gap-2 text-sm" data-testid={`ghl-step-${step.key}`} data-status={step.status}>
                <Badge variant={STEP_STATUSES[step.status].variant}>{STEP_STATUSES[step.status].label}</Badge>
                <span className="font-medium">{step.label}</span>
                {step.message ? <span className="basis-full text-muted-foreground">{step.message}</span> : null}
              </li>
            ))}
          </ol>
        ) : null}
        {subaccount?.lastError ? (
          <p className="text-sm text-destructive" role="alert">
            {subaccount.lastError}
          </p>
        ) : null}
        {subaccount?.locationId ? (
          <dl className="grid gap-4 sm:grid-cols-2">
            <DetailItem label="Location id">
              <code data-testid="ghl-location-id">{subaccount.locationId}</code>
            </DetailItem>
            <DetailItem label="User e-mail">{subaccount.userEmail}</DetailItem>
            <DetailItem label="Password">{subaccount.userId ? <PasswordReveal companyId={companyId} /> : null}</DetailItem>
            <DetailItem label="Firebase token age">
              {subaccount.firebaseTokenIssuedAt
                ? `${describeAge(subaccount.firebaseTokenIssuedAt, now)} (signed in ${formatDateTime(subaccount.firebaseTokenIssuedAt)}${
                    subaccount.firebaseTokenExpiresAt
                      ? subaccount.firebaseTokenExpiresAt > now
                        ? `, valid until ${formatDateTime(subaccount.firebaseTokenExpiresAt)}`
                        : ", expired: renewed on next use"
                      : ""
                  })`
                : null}
            </DetailItem>
          </dl>
        ) : null}
        <ProvisioningActions companyId={companyId} status={subaccount?.status ?? null} />
      </CardContent>
    </Card>
  );
}
