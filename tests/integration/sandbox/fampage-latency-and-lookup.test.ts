import { describe, expect, it } from "vitest";
import { fampageClient } from "@/lib/providers/app-clients";
import { createFampageSandboxControl } from "../../../sandbox/providers/fampage/control-client";
import { sandbox } from "../../support/order-fixtures";

const fampage = () => createFampageSandboxControl(process.env.SANDBOX_URL as string);

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

describe("the Fampage sandbox", () => {
  it("answers after the latency set through the control API, until reset", async () => {
    const panel = fampageClient();
    await fampage().setLatency(120);
    expect((await timed(() => panel.getBalance())).ms).toBeGreaterThanOrEqual(115);
    await sandbox().reset();
    const latency = await fetch(`${process.env.SANDBOX_URL}/_control/fampage/latency`);
    expect(await latency.json()).toEqual({ milliseconds: 0 });
    const refused = await fetch(`${process.env.SANDBOX_URL}/_control/fampage/latency`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ milliseconds: -1 }),
    });
    expect(refused.status).toBe(400);
  });

  it("moves an order along when it is asked about, and settles the balance of canceled ones when the balance is asked", async () => {
    const panel = fampageClient();
    await fampage().setBalance("100");
    const { providerOrderId: done } = await panel.addOrder({ type: "Default", service: 1, link: "https://instagram.com/lookup", quantity: 100 });
    const { providerOrderId: canceled } = await panel.addOrder({ type: "Default", service: 1, link: "https://instagram.com/cancel-me", quantity: 100 });
    const charged = (await panel.getBalance()).balance;
    await sandbox().advanceClock(3600);

    const statuses = await panel.getOrderStatuses([done]);
    expect(statuses.get(done)).toMatchObject({ ok: true, status: "Completed", remains: 0 });
    // The canceled order was not asked about, yet the balance refunds it.
    expect((await panel.getBalance()).balance.greaterThan(charged)).toBe(true);
    expect((await panel.getOrderStatuses([canceled])).get(canceled)).toMatchObject({ ok: true, status: "Canceled" });
  });
});
