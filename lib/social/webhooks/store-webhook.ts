import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma, SocialWebhookProvider } from "@/lib/generated/prisma/client";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { socialWebhookReceived } from "@/inngest/events";
import { agencyDay } from "../follower-snapshots";

/** A provider retries a delivery with the same body: its hash identifies the delivery. */
export function bodyDedupeKey(provider: SocialWebhookProvider, rawBody: Buffer): string {
  return `${provider.toLowerCase()}:${createHash("sha256").update(rawBody).digest("hex")}`;
}

/**
 * Stores a verified delivery once (a repeat with the same dedupe key is ignored) and, in the same
 * transaction, asks the workflow to process it. Returns the stored event's id and whether it is new.
 */
export async function storeWebhookEvent(input: {
  provider: SocialWebhookProvider;
  kind: string;
  dedupeKey: string;
  payload: Prisma.InputJsonValue;
}): Promise<{ id: string; duplicate: boolean }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.socialWebhookEvent.createMany({ data: [input], skipDuplicates: true });
    const stored = await tx.socialWebhookEvent.findUniqueOrThrow({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
    if (count === 1) {
      await enqueueEvent(tx, socialWebhookReceived, { webhookEventId: stored.id }, { id: `social-webhook:${stored.id}` });
    }
    return { id: stored.id, duplicate: count === 0 };
  });
}

/** Counts a delivery refused for its signature (per provider and UTC day); nothing of it is stored. */
export async function countRejectedWebhook(provider: SocialWebhookProvider, now: Date = new Date()): Promise<void> {
  const day = agencyDay(now, "UTC");
  await db.socialWebhookRejection.upsert({
    where: { provider_day: { provider, day } },
    create: { provider, day, count: 1, lastAt: now },
    update: { count: { increment: 1 }, lastAt: now },
  });
}
