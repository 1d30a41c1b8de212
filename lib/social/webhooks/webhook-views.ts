import { db } from "@/lib/db";

const RECENT_EVENTS = 100;
const REJECTION_DAYS = 14;

/** The newest deliveries with their processing status, and the signature refusals of the last two weeks. */
export async function getWebhookOverview(now: Date = new Date()) {
  const since = new Date(now.getTime() - REJECTION_DAYS * 24 * 3600 * 1000);
  const [events, rejections, totals] = await Promise.all([
    db.socialWebhookEvent.findMany({
      orderBy: { receivedAt: "desc" },
      take: RECENT_EVENTS,
      select: { id: true, provider: true, kind: true, status: true, outcome: true, accountsAffected: true, receivedAt: true, processedAt: true },
    }),
    db.socialWebhookRejection.findMany({ where: { day: { gte: since } }, orderBy: [{ day: "desc" }, { provider: "asc" }] }),
    db.socialWebhookEvent.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return {
    events,
    rejections,
    countsByStatus: Object.fromEntries(totals.map((total) => [total.status, total._count._all])) as Partial<Record<string, number>>,
  };
}
export type WebhookOverview = Awaited<ReturnType<typeof getWebhookOverview>>;
