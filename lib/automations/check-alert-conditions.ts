import { openAlert, resolveAlert } from "@/lib/alerts";
import { db } from "@/lib/db";
import { formatMoney } from "@/lib/money";
import { getPanelBalance } from "@/lib/orders/panel-balance";
import { type AlertConfig, alertConfigSchema, DEFAULT_STUCK_AFTER_HOURS, DEFAULT_TOKEN_EXPIRING_DAYS } from "./automation-config";
import { checkGhlTokenExpiry, checkSocialTokenExpiry } from "./token-alert-conditions";

const LOW_BALANCE = "panel.low_balance";
const ORDER_STUCK = "order.stuck";
const PARTIAL_OR_CANCELED = "order.partial_or_canceled";
/** Orders that ended Partial/Canceled longer ago than this are history, not news. */
const PARTIAL_LOOKBACK_DAYS = 7;

export type ConditionCheck = { opened: string[]; resolved: number };

const SOCIAL_TOKEN_EXPIRING = "social.token_expiring";

/** The settings of active alert automations watching `kind` (an empty kind list watches every kind). */
async function watchingConfigs(kind: string): Promise<AlertConfig[]> {
  const automations = await db.automation.findMany({ where: { type: "ALERT", status: "ACTIVE" }, select: { config: true } });
  return automations
    .map((automation) => alertConfigSchema.safeParse(automation.config))
    .filter((parsed) => parsed.success && (parsed.data.kinds.length === 0 || parsed.data.kinds.includes(kind)))
    .map((parsed) => parsed.data!);
}

/** The shortest "stuck after" among active alert automations watching stuck orders, else the default. */
async function stuckAfterHours(): Promise<number> {
  const hours = (await watchingConfigs(ORDER_STUCK)).map((config) => config.stuckAfterHours);
  return hours.length === 0 ? DEFAULT_STUCK_AFTER_HOURS : Math.min(...hours);
}

/** The earliest warning any watching automation asks for, never later than the console's own. */
async function tokenExpiringDays(): Promise<number> {
  const days = (await watchingConfigs(SOCIAL_TOKEN_EXPIRING)).map((config) => config.tokenExpiringDays ?? DEFAULT_TOKEN_EXPIRING_DAYS);
  return Math.max(DEFAULT_TOKEN_EXPIRING_DAYS, ...days);
}

async function checkPanelBalance(result: ConditionCheck): Promise<void> {
  const panel = await getPanelBalance({ fresh: true });
  if (!panel.available) return;
  if (!panel.low) {
    if (await resolveAlert(db, LOW_BALANCE, "fampage")) result.resolved += 1;
    return;
  }
  const id = await openAlert(db, {
    kind: LOW_BALANCE,
    subjectKey: "fampage",
    severity: "WARNING",
    title: "Panel balance is low",
    message: `The Fampage balance is ${formatMoney(panel.balance, panel.currency)}, under the ${formatMoney(panel.threshold, panel.currency)} warning threshold: top it up before orders fail.`,
    href: "/orders",
  });
  if (id) result.opened.push(id);
}

type StuckOrder = { id: string; companyId: string; serviceName: string; status: string; lastProgressAt: Date };

async function checkStuckOrders(result: ConditionCheck, now: Date): Promise<void> {
  const hours = await stuckAfterHours();
  const cutoff = new Date(now.getTime() - hours * 3_600_000);
  // Progress = the newest timeline event (placement, status change, refill); a sync that changes nothing is not progress.
  const stuck = await db.$queryRaw<StuckOrder[]>`
    SELECT o."id", o."companyId", o."serviceName", o."status"::text AS "status",
           COALESCE(MAX(e."createdAt"), o."placedAt", o."createdAt") AS "lastProgressAt"
    FROM "Order" o LEFT JOIN "OrderEvent" e ON e."orderId" = o."id"
    WHERE o."status" IN ('PENDING', 'IN_PROGRESS', 'PROCESSING')
    GROUP BY o."id"
    HAVING COALESCE(MAX(e."createdAt"), o."placedAt", o."createdAt") < ${cutoff}
    LIMIT 500`;
  for (const order of stuck) {
    const id = await openAlert(db, {
      kind: ORDER_STUCK,
      subjectKey: order.id,
      severity: "WARNING",
      title: `Order stuck: ${order.serviceName}`,
      message: `No progress for over ${hours} hours (status ${order.status.toLowerCase().replace("_", " ")} since ${order.lastProgressAt.toISOString()}).`,
      href: `/orders/${order.id}`,
      companyId: order.companyId,
    });
    if (id) result.opened.push(id);
  }
  const stillStuck = new Set(stuck.map((order) => order.id));
  const open = await db.alert.findMany({ where: { kind: ORDER_STUCK, openKey: { not: null } }, select: { subjectKey: true } });
  for (const alert of open) {
    if (!stillStuck.has(alert.subjectKey) && (await resolveAlert(db, ORDER_STUCK, alert.subjectKey))) result.resolved += 1;
  }
}

/** Once per order ever: a final status never changes back, so there is nothing to re-arm. */
async function checkPartialOrCanceled(result: ConditionCheck, now: Date): Promise<void> {
  const since = new Date(now.getTime() - PARTIAL_LOOKBACK_DAYS * 86_400_000);
  const orders = await db.$queryRaw<{ id: string; companyId: string; serviceName: string; status: string; remains: number | null }[]>`
    SELECT o."id", o."companyId", o."serviceName", o."status"::text AS "status", o."remains"
    FROM "Order" o
    WHERE o."status" IN ('PARTIAL', 'CANCELED') AND o."updatedAt" >= ${since}
      AND NOT EXISTS (SELECT 1 FROM "Alert" a WHERE a."kind" = ${PARTIAL_OR_CANCELED} AND a."subjectKey" = o."id")
    LIMIT 500`;
  for (const order of orders) {
    const canceled = order.status === "CANCELED";
    const id = await openAlert(db, {
      kind: PARTIAL_OR_CANCELED,
      subjectKey: order.id,
      severity: "WARNING",
      title: `Order ${canceled ? "canceled" : "partially delivered"}: ${order.serviceName}`,
      message: canceled
        ? "The panel canceled the order; a credit note for it was issued."
        : `The panel delivered part of the order (${order.remains ?? "some"} not delivered); a credit note for the rest was issued.`,
      href: `/orders/${order.id}`,
      companyId: order.companyId,
    });
    if (id) result.opened.push(id);
  }
}

/**
 * The console's own alert conditions: low panel balance (Settings threshold), orders without
 * progress, orders ending Partial or Canceled, tokens about to end (GoHighLevel's refresh
 * failing, social accounts within the automations' N days). Each opens one episode while it
 * holds (see openAlert) and closes it when it clears, so the next occurrence alerts again.
 */
export async function checkAlertConditions(now = new Date()): Promise<ConditionCheck> {
  const result: ConditionCheck = { opened: [], resolved: 0 };
  await checkPanelBalance(result);
  await checkStuckOrders(result, now);
  await checkPartialOrCanceled(result, now);
  await checkGhlTokenExpiry(result, now);
  await checkSocialTokenExpiry(result, now, await tokenExpiringDays());
  return result;
}
