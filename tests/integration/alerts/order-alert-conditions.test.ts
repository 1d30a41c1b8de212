import { beforeEach, describe, expect, it } from "vitest";
import { checkAlertConditions } from "@/lib/automations";
import { db } from "@/lib/db";
import { placeOrder } from "@/lib/orders/place-order";
import { fampageSandbox, findService, orderRequest, seedCompanyAndCatalog } from "../../support/order-fixtures";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";

resetSandboxBeforeEach();

const HOUR = 3_600_000;

async function placedOrderId(): Promise<string> {
  const company = await seedCompanyAndCatalog();
  const placed = await placeOrder(orderRequest(company.id, (await findService("Default")).id));
  if (placed.outcome !== "placed") throw new Error(`The order was not placed: ${placed.outcome}`);
  return placed.orderId;
}

/** Moves the order and its timeline `hours` into the past, as if nothing had happened since. */
async function ageOrder(orderId: string, hours: number): Promise<void> {
  const then = new Date(Date.now() - hours * HOUR);
  await db.order.update({ where: { id: orderId }, data: { createdAt: then, placedAt: then } });
  await db.orderEvent.updateMany({ where: { orderId }, data: { createdAt: then } });
}

const openAlerts = (kind: string) => db.alert.findMany({ where: { kind, openKey: { not: null } } });

beforeEach(async () => {
  await db.$executeRawUnsafe('TRUNCATE "Invoice", "Order", "Alert" CASCADE');
  // A healthy balance: only the order conditions are under test.
  await fampageSandbox().setBalance("5000");
});

describe("order alert conditions", () => {
  it("open one stuck-order episode after 24 hours without progress, and close it when the order moves", async () => {
    const orderId = await placedOrderId();
    await ageOrder(orderId, 23);
    expect((await checkAlertConditions()).opened).toEqual([]);

    await ageOrder(orderId, 25);
    const first = await checkAlertConditions();
    expect(first.opened).toHaveLength(1);
    expect((await checkAlertConditions()).opened).toEqual([]);
    const [alert] = await openAlerts("order.stuck");
    expect(alert).toMatchObject({ subjectKey: orderId, title: expect.stringMatching(/^Order stuck: /), href: `/orders/${orderId}` });

    await db.orderEvent.create({ data: { orderId, type: "status", message: "In progress" } });
    expect((await checkAlertConditions()).resolved).toBe(1);
    expect(await openAlerts("order.stuck")).toEqual([]);
  });

  it("announce an order that ended Partial or Canceled once", async () => {
    const partialId = await placedOrderId();
    const canceledId = await placedOrderId();
    await db.order.update({ where: { id: partialId }, data: { status: "PARTIAL", remains: 250 } });
    await db.order.update({ where: { id: canceledId }, data: { status: "CANCELED" } });

    expect((await checkAlertConditions()).opened).toHaveLength(2);
    expect((await checkAlertConditions()).opened).toEqual([]);
    const alerts = await db.alert.findMany({ where: { kind: "order.partial_or_canceled" }, orderBy: { title: "asc" } });
    expect(alerts.map((alert) => [alert.subjectKey, alert.title.split(":")[0]])).toEqual([
      [canceledId, "Order canceled"],
      [partialId, "Order partially delivered"],
    ]);
    expect(alerts.find((alert) => alert.subjectKey === partialId)!.message).toContain("250 not delivered");
  });
});
