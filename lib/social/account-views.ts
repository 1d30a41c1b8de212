import { db } from "@/lib/db";
import type { SocialAccountStatus, SocialPlatform } from "@/lib/generated/prisma/client";
import { accessEndsAt, displayStatus, type DisplayStatus } from "./platforms";

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

function toView(row: Row, now: Date): SocialAccountView {
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
  return (await findRows({ companyId })).map((row) => toView(row, now));
}

/** Every company's accounts, those needing attention first. */
export async function listAllSocialAccounts(now: Date = new Date()): Promise<SocialAccountView[]> {
  const order: Record<DisplayStatus, number> = { needs_reconnect: 0, expiring: 1, connected: 2, disconnected: 3 };
  return (await findRows({}))
    .map((row) => toView(row, now))
    .sort((a, b) => order[a.displayStatus] - order[b.displayStatus] || a.companyName.localeCompare(b.companyName));
}
