import { Link2, RefreshCw, ShieldCheck, Unplug } from "lucide-react";
import {
  disconnectSocialAccountAction,
  refreshSocialAccountAction,
  sendSocialReconnectLinkAction,
  startSocialConnectAction,
  validateSocialAccountAction,
} from "@/actions/social";
import { ActionButton } from "@/components/forms/action-button";
import { Card, CardContent } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { SocialAccountView } from "@/lib/social/account-views";
import { expiryCountdown } from "@/lib/social/countdown";
import { FLOW_LABELS, FLOW_OF_PLATFORM, PLATFORM_LABELS } from "@/lib/social/platforms";
import { RedirectingActionButton } from "./connect-button";
import { SocialStatusBadge } from "./social-status-badge";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";

function Detail({ label, children, testId, className }: { label: string; children: React.ReactNode; testId?: string; className?: string }) {
  return (
    <div className={className ? `grid gap-0.5 ${className}` : "grid gap-0.5"}>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className="text-sm" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** One account: who it is, how its connection is doing, and what can be done about it. */
export async function SocialAccountCard({ account, now, showCompany = false }: { account: SocialAccountView; now: Date; showCompany?: boolean }) {
  const timeZone = await agencyTimeZone();
  const input = { accountId: account.id };
  const flow = FLOW_OF_PLATFORM[account.platform];
  const managed = account.status !== "DISCONNECTED";
  const inTrouble = account.displayStatus === "needs_reconnect" || account.displayStatus === "expiring";
  return (
    <Card id={`account-${account.id}`} data-testid="social-account" data-account-name={account.name}>
      <CardContent className="grid gap-4 pt-6">
        <div className="flex flex-wrap items-center gap-3">
          {account.pictureUrl ? (
            // Provider CDNs vary and the sandbox serves data: URLs, so next/image's loader is not used.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={account.pictureUrl} alt="" width={40} height={40} className="size-10 rounded-full border object-cover" />
          ) : (
            <div aria-hidden className="size-10 rounded-full border bg-muted" />
          )}
          <div className="grid min-w-0 flex-1 gap-0.5">
            <h3 className="truncate font-semibold">
              {account.name}
              {account.username ? <span className="font-normal text-muted-foreground"> @{account.username}</span> : null}
            </h3>
            <p className="text-xs text-muted-foreground">
              {PLATFORM_LABELS[account.platform]}
              {showCompany ? ` · ${account.companyName}` : ""}
            </p>
          </div>
          <SocialStatusBadge status={account.displayStatus} />
        </div>

        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Detail label="Access" testId="social-expiry">
            {expiryCountdown(account.accessEndsAt, now)}
          </Detail>
          <Detail label="Current token" testId="social-token-expiry">
            {expiryCountdown(account.tokenExpiresAt, now)}
          </Detail>
          <Detail label="Last refresh" testId="social-last-refresh">
            {account.lastRefreshedAt ? formatDateTime(account.lastRefreshedAt, timeZone) : "never"} ({account.refreshCount}{" "}
            {account.refreshCount === 1 ? "refresh" : "refreshes"})
          </Detail>
          <Detail label="Last validation">{account.lastValidatedAt ? formatDateTime(account.lastValidatedAt, timeZone) : "never"}</Detail>
          <Detail label="Followers" testId="social-followers">
            {account.followersCount === null ? "unknown" : account.followersCount.toLocaleString("en-US")}
          </Detail>
          <Detail label="Permissions" className="col-span-2 sm:col-span-3">
            {account.scopes.length === 0 ? "none recorded" : account.scopes.join(", ")}
          </Detail>
        </dl>

        {account.openAlertTitle ? (
          <p role="status" className="rounded-md bg-warning/15 p-3 text-sm text-warning" data-testid="social-alert">
            Alert: {account.openAlertTitle}
          </p>
        ) : null}
        {account.lastError ? (
          <p className="rounded-md bg-destructive/10 p-3 text-sm text-destructive" data-testid="social-last-error">
            {account.lastErrorAt ? `${formatDateTime(account.lastErrorAt, timeZone)}: ` : ""}
            {account.lastError}
          </p>
        ) : null}

        <div className="flex flex-wrap gap-2">
          {managed ? (
            <>
              <ActionButton variant="outline" size="sm" action={refreshSocialAccountAction} input={input} successMessage="Token renewed.">
                <RefreshCw aria-hidden /> Refresh now
              </ActionButton>
              <ActionButton variant="outline" size="sm" action={validateSocialAccountAction} input={input} successMessage="The credentials work.">
                <ShieldCheck aria-hidden /> Validate
              </ActionButton>
            </>
          ) : null}
          {inTrouble || !managed ? (
            <RedirectingActionButton size="sm" action={startSocialConnectAction} input={{ companyId: account.companyId, flow }}>
              <Link2 aria-hidden /> Reconnect with {FLOW_LABELS[flow]}
            </RedirectingActionButton>
          ) : null}
          {inTrouble ? (
            <ActionButton variant="outline" size="sm" action={sendSocialReconnectLinkAction} input={input} successMessage="Reconnect link sent.">
              Send client reconnect link
            </ActionButton>
          ) : null}
          {managed ? (
            <ActionButton
              variant="destructive"
              size="sm"
              action={disconnectSocialAccountAction}
              input={input}
              successMessage="Disconnected."
              confirm={{
                title: `Disconnect ${account.name}?`,
                description:
                  "The console stops renewing and checking it; TikTok authorizations are revoked at TikTok. Connect it again at any time.",
                confirmLabel: "Disconnect",
              }}
            >
              <Unplug aria-hidden /> Disconnect
            </ActionButton>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
