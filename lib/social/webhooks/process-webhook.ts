import { z } from "zod";
import { db } from "@/lib/db";
import type { SocialWebhookEvent } from "@/lib/generated/prisma/client";
import { markDisconnected } from "../disconnect-account";

type Processing = { status: "PROCESSED" | "IGNORED"; outcome: string; accountIds: string[] };

const metaUserPayload = z.object({ user_id: z.string().regex(/^\d+$/) });
const tiktokPayload = z.object({ user_openid: z.string().min(1) });

/** Meta: the user removed the app or asked for their data to be deleted; their Page and Instagram accounts stop. */
async function metaUserAccounts(event: SocialWebhookEvent): Promise<Processing> {
  const { user_id: userId } = metaUserPayload.parse(event.payload);
  const accounts = await db.socialAccount.findMany({
    where: { metaUserId: userId, platform: { in: ["FACEBOOK_PAGE", "INSTAGRAM_FACEBOOK"] }, status: { not: "DISCONNECTED" } },
    select: { id: true },
  });
  const what = event.kind === "data_deletion" ? "Data deletion requested" : "App removed";
  return { status: "PROCESSED", outcome: `${what} by Facebook user ${userId}`, accountIds: accounts.map((account) => account.id) };
}

async function tiktokAuthorizationRemoved(event: SocialWebhookEvent): Promise<Processing> {
  const { user_openid: openId } = tiktokPayload.parse(event.payload);
  const accounts = await db.socialAccount.findMany({
    where: { platform: "TIKTOK", externalId: openId, status: { not: "DISCONNECTED" } },
    select: { id: true },
  });
  return { status: "PROCESSED", outcome: "Authorization removed by the TikTok user", accountIds: accounts.map((account) => account.id) };
}

function decide(event: SocialWebhookEvent): Promise<Processing> | Processing {
  if (event.provider === "FACEBOOK" && (event.kind === "deauthorize" || event.kind === "data_deletion")) return metaUserAccounts(event);
  if (event.provider === "TIKTOK" && event.kind === "authorization.removed") return tiktokAuthorizationRemoved(event);
  return { status: "IGNORED", outcome: `Stored; the console takes no action on ${event.kind} events`, accountIds: [] };
}

/**
 * Applies a stored delivery: deauthorization and data deletion (Meta) and `authorization.removed`
 * (TikTok) mark the user's accounts disconnected. Idempotent: an event already processed is left alone.
 */
export async function processSocialWebhook(webhookEventId: string, now: Date = new Date()): Promise<{ status: string; accountsAffected: number }> {
  const event = await db.socialWebhookEvent.findUnique({ where: { id: webhookEventId } });
  if (event === null) return { status: "missing", accountsAffected: 0 };
  if (event.status !== "RECEIVED") return { status: event.status, accountsAffected: event.accountsAffected };
  let processing: Processing;
  try {
    processing = await decide(event);
  } catch (error) {
    if (!(error instanceof z.ZodError)) throw error;
    await db.socialWebhookEvent.update({
      where: { id: event.id },
      data: { status: "FAILED", outcome: "The payload lacks the user it is about", processedAt: now },
    });
    return { status: "FAILED", accountsAffected: 0 };
  }
  const affected = processing.accountIds.length === 0 ? 0 : await markDisconnected(processing.accountIds, now);
  await db.socialWebhookEvent.update({
    where: { id: event.id },
    data: { status: processing.status, outcome: processing.outcome, accountsAffected: affected, processedAt: now },
  });
  return { status: processing.status, accountsAffected: affected };
}
