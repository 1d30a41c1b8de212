import type { db } from "@/lib/db";
import { openAlert } from "@/lib/alerts";
import type { Prisma, SocialPlatform } from "@/lib/generated/prisma/client";
import { PLATFORM_LABELS } from "./platforms";

type Queryable = Prisma.TransactionClient | typeof db;

export const SOCIAL_ALERT_KINDS = {
  needsReconnect: "social.needs_reconnect",
  tokenExpiring: "social.token_expiring",
} as const;

type AlertedAccount = { id: string; companyId: string; platform: SocialPlatform; name: string };

function accountHref(account: AlertedAccount): string {
  return `/companies/${account.companyId}/social#account-${account.id}`;
}

export function alertNeedsReconnect(tx: Queryable, account: AlertedAccount, reason: string) {
  return openAlert(tx, {
    kind: SOCIAL_ALERT_KINDS.needsReconnect,
    subjectKey: account.id,
    severity: "CRITICAL",
    title: `${PLATFORM_LABELS[account.platform]} ${account.name} needs reconnecting`,
    message: `${reason} Reconnect it, or send the client a reconnect link.`,
    href: accountHref(account),
    companyId: account.companyId,
  });
}

export function alertTokenExpiring(tx: Queryable, account: AlertedAccount, expiresAt: Date) {
  return openAlert(tx, {
    kind: SOCIAL_ALERT_KINDS.tokenExpiring,
    subjectKey: account.id,
    severity: "WARNING",
    title: `${PLATFORM_LABELS[account.platform]} ${account.name} expires soon`,
    message: `Its access ends on ${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC and could not be renewed automatically. Reconnect it, or send the client a reconnect link.`,
    href: accountHref(account),
    companyId: account.companyId,
  });
}
