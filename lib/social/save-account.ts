import type { db } from "@/lib/db";
import { resolveAlert } from "@/lib/alerts";
import { encryptSecret } from "@/lib/crypto";
import type { Prisma, SocialPlatform } from "@/lib/generated/prisma/client";
import { refreshDueAt } from "./platforms";
import { SOCIAL_ALERT_KINDS } from "./social-alerts";

type Queryable = Prisma.TransactionClient | typeof db;

/** What a successful (re)connection learned about one account. */
export type ConnectedAccount = {
  companyId: string;
  platform: SocialPlatform;
  externalId: string;
  name: string;
  username?: string | null;
  pictureUrl?: string | null;
  followersCount?: number | null;
  pageId?: string | null;
  metaUserId?: string | null;
  accessToken: string;
  /** Facebook Login: the long-lived user token. */
  userToken?: string | null;
  /** TikTok: the refresh token just returned. */
  refreshToken?: string | null;
  tokenExpiresAt: Date | null;
  tokenIssuedAt: Date;
  refreshTokenExpiresAt?: Date | null;
  scopes: readonly string[];
};

/**
 * Creates the account or updates it (one row per company, platform and account: connecting the
 * same account again updates it). A reconnect never replaces a stored refresh or user token with
 * an empty one. Ends any open "needs reconnect" / "expiring" alert of the account.
 */
export async function saveConnectedAccount(tx: Queryable, account: ConnectedAccount, now: Date): Promise<string> {
  const dueAt = refreshDueAt(account);
  const profile = {
    name: account.name,
    username: account.username ?? null,
    pictureUrl: account.pictureUrl ?? null,
    ...(account.followersCount === undefined || account.followersCount === null ? {} : { followersCount: account.followersCount }),
    pageId: account.pageId ?? null,
    ...(account.metaUserId ? { metaUserId: account.metaUserId } : {}),
  };
  const credentials = {
    accessTokenSealed: encryptSecret(account.accessToken),
    ...(account.userToken ? { userTokenSealed: encryptSecret(account.userToken) } : {}),
    ...(account.refreshToken ? { refreshTokenSealed: encryptSecret(account.refreshToken) } : {}),
    ...(account.refreshTokenExpiresAt ? { refreshTokenExpiresAt: account.refreshTokenExpiresAt } : {}),
    tokenExpiresAt: account.tokenExpiresAt,
    tokenIssuedAt: account.tokenIssuedAt,
    refreshDueAt: dueAt,
    scopes: [...account.scopes],
  };
  const saved = await tx.socialAccount.upsert({
    where: {
      companyId_platform_externalId: {
        companyId: account.companyId,
        platform: account.platform,
        externalId: account.externalId,
      },
    },
    create: {
      companyId: account.companyId,
      platform: account.platform,
      externalId: account.externalId,
      ...profile,
      ...credentials,
      lastValidatedAt: now,
      connectedAt: now,
    },
    update: {
      ...profile,
      ...credentials,
      status: "CONNECTED",
      lastError: null,
      lastErrorAt: null,
      lastValidatedAt: now,
      connectedAt: now,
      disconnectedAt: null,
    },
    select: { id: true },
  });
  await resolveAlert(tx, SOCIAL_ALERT_KINDS.needsReconnect, saved.id);
  await resolveAlert(tx, SOCIAL_ALERT_KINDS.tokenExpiring, saved.id);
  return saved.id;
}
