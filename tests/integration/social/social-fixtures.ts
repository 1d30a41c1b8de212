import { beforeEach } from "vitest";
import { db } from "@/lib/db";
import type { SocialAccount } from "@/lib/generated/prisma/client";
import { completeFacebookCallback, confirmFacebookSelection, getPendingSelection } from "@/lib/social/facebook-callback";
import { completeInstagramCallback } from "@/lib/social/instagram-callback";
import { startConnect } from "@/lib/social/start-connect";
import { completeTikTokCallback } from "@/lib/social/tiktok-callback";
import { answerSandboxConsent } from "../../../sandbox/providers/facebook/consent-flow";
import { approveSandboxConsent } from "../../../sandbox/providers/tiktok/consent-flow";

/** The admin who starts connections in these tests (states only keep the id). */
export const ADMIN_USER_ID = "admin-user-1";
export const admin = { adminUserId: ADMIN_USER_ID } as const;

export async function createCompany(overrides: { name?: string; contactEmail?: string | null } = {}) {
  return db.company.create({
    data: {
      name: overrides.name ?? "Sunrise Group",
      contactEmail: overrides.contactEmail === undefined ? "owner@sunrise.test" : overrides.contactEmail,
      contactName: "Sol Owner",
    },
  });
}

/** Facebook Login up to the selection screen; returns the pending selection's id. */
export async function facebookSelection(companyId: string, pageIds?: readonly string[]): Promise<string> {
  const authorizationUrl = await startConnect("FACEBOOK", companyId, admin);
  const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow", pageIds });
  const result = await completeFacebookCallback({ params: callback.searchParams, sessionUserId: ADMIN_USER_ID });
  if (result.kind !== "select") throw new Error("expected the selection screen");
  return result.pendingSelectionId;
}

/** Connects every Page of the sandbox user and every linked Instagram account. */
export async function connectFacebook(companyId: string): Promise<SocialAccount[]> {
  const pendingSelectionId = await facebookSelection(companyId);
  const pending = await getPendingSelection(pendingSelectionId, ADMIN_USER_ID);
  if (pending === null) throw new Error("selection vanished");
  await confirmFacebookSelection({
    pendingSelectionId,
    adminUserId: ADMIN_USER_ID,
    pageIds: pending.candidates.map((candidate) => candidate.pageId),
    instagramIds: pending.candidates.flatMap((candidate) => (candidate.instagram === null ? [] : [candidate.instagram.id])),
  });
  return db.socialAccount.findMany({ where: { companyId }, orderBy: { name: "asc" } });
}

export async function connectTikTok(companyId: string, openId?: string): Promise<SocialAccount> {
  const authorizationUrl = await startConnect("TIKTOK", companyId, admin);
  const callback = await approveSandboxConsent(authorizationUrl, openId);
  const result = await completeTikTokCallback({ params: callback.searchParams, sessionUserId: ADMIN_USER_ID });
  if (result.kind !== "connected") throw new Error("expected a connected account");
  return db.socialAccount.findUniqueOrThrow({ where: { id: result.accountIds[0] } });
}

export async function connectInstagram(companyId: string): Promise<SocialAccount> {
  const authorizationUrl = await startConnect("INSTAGRAM", companyId, admin);
  const callback = await answerSandboxConsent(authorizationUrl, { decision: "allow" });
  const result = await completeInstagramCallback({ params: callback.searchParams, sessionUserId: ADMIN_USER_ID });
  if (result.kind !== "connected") throw new Error("expected a connected account");
  return db.socialAccount.findUniqueOrThrow({ where: { id: result.accountIds[0] } });
}

export const HOUR_MS = 3600 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const later = (ms: number, from: Date = new Date()): Date => new Date(from.getTime() + ms);

/** The problem a callback failed with. */
export async function callbackProblemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Error && error.name === "CallbackProblemError") return error.message;
    throw error;
  }
  throw new Error("the callback succeeded");
}

/** Tests of a file share one schema: each starts without companies, accounts, alerts or events. */
export function clearSocialDataBeforeEach(): void {
  beforeEach(async () => {
    await db.$executeRawUnsafe(
      `TRUNCATE "SocialWebhookEvent", "SocialWebhookRejection", "SocialOAuthState", "SocialPendingSelection", "Alert", "OutboxEvent", "RateLimitBucket", "Company" CASCADE`,
    );
  });
}
