import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { forgetPanelBalance, getPanelBalance } from "@/lib/orders/panel-balance";
import { placeOrder } from "@/lib/orders/place-order";
import { getSettings } from "@/lib/settings";
import { fampageSandbox, findService, orderRequest, seedCompanyAndCatalog } from "../../support/order-fixtures";

const balanceCalls = () => db.integrationLog.count({ where: { provider: "fampage", action: "get_balance" } });

let companyId: string;

beforeAll(async () => {
  ({ id: companyId } = await seedCompanyAndCatalog());
  await getSettings(); // creates the settings row once, before concurrent views read it
  await fampageSandbox().setBalance("250.50000");
  forgetPanelBalance();
});

describe("the panel balance shown on the dashboard and orders pages", () => {
  it("asks the panel once for many views within a minute", async () => {
    const before = await balanceCalls();
    const views = await Promise.all(Array.from({ length: 5 }, () => getPanelBalance()));
    await getPanelBalance();

    expect(views[0]).toMatchObject({ available: true, currency: "USD" });
    if (!views[0]?.available) return;
    expect(views[0].balance.toString()).toBe("250.5");
    expect((await balanceCalls()) - before).toBe(1);
  });

  it("asks again after an order charged the panel", async () => {
    const before = await balanceCalls();
    const service = await findService("Default");
    await placeOrder(orderRequest(companyId, service.id, { quantity: 1000 }));

    const view = await getPanelBalance();
    expect((await balanceCalls()) - before).toBe(1);
    if (!view.available) throw new Error("balance unavailable");
    expect(view.balance.lessThan("250.5")).toBe(true);
  });
});
