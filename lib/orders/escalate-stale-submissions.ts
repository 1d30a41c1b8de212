import "server-only";
import { db } from "@/lib/db";
import { recordOrderEvent } from "./timeline";

/**
 * An order stays SUBMITTING only while its one `add` call is under way (seconds).
 * Older than this, the process placing it died between the panel's answer and
 * its recording: the panel may have the order, so a person must check.
 */
export const STALE_SUBMISSION_MINUTES = 10;

const STALE_MESSAGE =
  "Placement was interrupted before the panel's answer was recorded: the order may or may not exist on the panel.";

/** Moves interrupted placements to NEEDS_REVIEW, where the order page offers the ways to resolve them. */
export async function escalateStaleSubmissions(now = new Date()): Promise<{ escalated: number }> {
  const cutoff = new Date(now.getTime() - STALE_SUBMISSION_MINUTES * 60_000);
  const stale = await db.order.findMany({ where: { status: "SUBMITTING", createdAt: { lt: cutoff } }, select: { id: true } });
  let escalated = 0;
  for (const { id } of stale) {
    const moved = await db.$transaction(async (tx) => {
      const { count } = await tx.order.updateMany({
        where: { id, status: "SUBMITTING" },
        data: { status: "NEEDS_REVIEW", lastError: STALE_MESSAGE },
      });
      if (count === 1) await recordOrderEvent(tx, id, "NEEDS_REVIEW", STALE_MESSAGE);
      return count;
    });
    escalated += moved;
  }
  return { escalated };
}
