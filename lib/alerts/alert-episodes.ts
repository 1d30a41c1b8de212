import "server-only";
import { db } from "@/lib/db";
import type { AlertSeverity, Prisma } from "@/lib/generated/prisma/client";
import { alertOpened } from "@/inngest/events";
import { enqueueEvent } from "@/lib/workflows/outbox";

type Queryable = Prisma.TransactionClient | typeof db;

export type AlertCondition = {
  kind: string;
  subjectKey: string;
  severity: AlertSeverity;
  title: string;
  message: string;
  href?: string;
  companyId?: string;
};

/**
 * Opens an alert episode unless one is already open for the same kind and
 * subject: a condition seen on every tick alerts once. The `alerts/opened`
 * event (same transaction, through the outbox) lets automations forward it to
 * destinations. Returns the new alert's id, or null when it was already open.
 */
export async function openAlert(tx: Queryable, condition: AlertCondition): Promise<string | null> {
  const openKey = `${condition.kind}:${condition.subjectKey}`;
  const [created] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Alert" ("id", "kind", "subjectKey", "openKey", "severity", "title", "message", "href", "companyId")
    VALUES (gen_random_uuid()::text, ${condition.kind}, ${condition.subjectKey}, ${openKey}, ${condition.severity}::"AlertSeverity",
            ${condition.title}, ${condition.message}, ${condition.href ?? null}, ${condition.companyId ?? null})
    ON CONFLICT ("openKey") DO NOTHING
    RETURNING "id"`;
  if (!created) return null;
  await enqueueEvent(tx, alertOpened, { alertId: created.id, kind: condition.kind }, { id: `alert-opened:${created.id}` });
  return created.id;
}

/** Closes the open episode, if any: the next time the condition holds, it alerts again. */
export async function resolveAlert(tx: Queryable, kind: string, subjectKey: string): Promise<boolean> {
  const { count } = await tx.alert.updateMany({
    where: { openKey: `${kind}:${subjectKey}` },
    data: { openKey: null, resolvedAt: new Date() },
  });
  return count > 0;
}
