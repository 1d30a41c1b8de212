import { db } from "@/lib/db";
import type { SocialAccountStatus, SocialPlatform } from "@/lib/generated/prisma/client";
import { accessEndsAt, displayStatus, type DisplayStatus } from "./platforms";
import { SOCIAL_ALERT_KINDS } from "./social-alerts";

/** An account as the console shows it: never a token. */
export type SocialAccountView = {
  id: string;
  companyId: string;
  companyName: string;
  platform: SocialPlatform;
  name: string;
  username: string | null;
  pictureUrl: string | null;
  status: SocialAccountStatus;
  displayStatus: DisplayStatus;
  /** When access ends unless renewed (refresh token for TikTok); null = never. */
  accessEndsAt: Date | null;
  /** When the current access token ends (TikTok's daily one, Meta's 60-day one). */
  tokenExpiresAt: Date | null;
  lastRefreshedAt: Date | null;
  refreshCount: number;
  lastValidatedAt: Date | null;
  scopes: string[];
  followersCount: number | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  /** The open alert about the account (needs reconnect / expiring), if any. */
  openAlertTitle: string | null;
};

const VIEW_FIELDS = {
  id: true,
  companyId: true,
  platform: true,
  name: true,
  username: true,
  pictureUrl: true,
  status: true,
  tokenExpiresAt: true,
  refreshTokenExpiresAt: true,
  lastRefreshedAt: true,
  refreshCount: true,
  lastValidatedAt: true,
  scopes: true,
  followersCount: true,
  lastError: true,
  lastErrorAt: true,
  company: { select: { name: true } },
} as const;

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(where: { companyId?: string }) {
  return db.socialAccount.findMany({ where, select: VIEW_FIELDS, orderBy: [{ status: "asc" }, { platform: "asc" }, { name: "asc" }] });
}

async function openAlertTitles(accountIds: string[]): Promise<Map<string, string>> {
  if (accountIds.length === 0) return new Map();
  const alerts = await db.alert.findMany({
    where: { kind: { in: Object.values(SOCIAL_ALERT_KINDS) }, subjectKey: { in: accountIds }, openKey: { not: null } },
    select: { subjectKey: true, title: true },
    orderBy: { openedAt: "asc" },
  });
  return new Map(alerts.map((alert) => [alert.subjectKey, alert.title]));
}

async function toViews(rows: Row[], now: Date): Promise<SocialAccountView[]> {
  const alerts = await openAlertTitles(rows.map((row) => row.id));
  return rows.map((row) => ({ ...toView(row, now), openAlertTitle: alerts.get(row.id) ?? null }));
}

function toView(row: Row, now: Date): Omit<SocialAccountView, "openAlertTitle"> {
  const { company, refreshTokenExpiresAt, ...fields } = row;
  const window = { platform: row.platform, tokenExpiresAt: row.tokenExpiresAt, refreshTokenExpiresAt };
  return {
    ...fields,
    companyName: company.name,
    displayStatus: displayStatus({ ...window, status: row.status }, now),
    accessEndsAt: accessEndsAt(window),
  };
}

export async function listCompanySocialAccounts(companyId: string, now: Date = new Date()): Promise<SocialAccountView[]> {
  return toViews(await findRows({ companyId }), now);
}

/** Every company's accounts, those needing attention first. */
export async function listAllSocialAccounts(now: Date = new Date()): Promise<SocialAccountView[]> {
  const order: Record<DisplayStatus, number> = { needs_reconnect: 0, expiring: 1, connected: 2, disconnected: 3 };
  return (await toViews(await findRows({}), now)).sort((a, b) => order[a.displayStatus] - order[b.displayStatus] || a.companyName.localeCompare(b.companyName));
}
