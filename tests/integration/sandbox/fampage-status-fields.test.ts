import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { fampageClient } from "@/lib/providers/app-clients";

/** Raw panel calls, as the real API v2 sees them (form-encoded, key and action). */
async function panelCall(fields: Record<string, string>): Promise<unknown> {
  const body = new URLSearchParams({ key: env().FAMPAGE_API_KEY ?? "sandbox-key", ...fields });
  const response = await fetch(env().FAMPAGE_BASE_URL, { method: "POST", body });
  return response.json();
}

describe("the Fampage sandbox reports an order as the real panel does", () => {
  it("answers status with charge, start count, status, remains and currency only: never the link or quantity", async () => {
    const { providerOrderId } = await fampageClient().addOrder({ type: "Default", service: 1, link: "https://instagram.com/status-fields", quantity: 300 });
    const single = (await panelCall({ action: "status", order: String(providerOrderId) })) as Record<string, unknown>;
    expect(Object.keys(single).sort()).toEqual(["charge", "currency", "remains", "start_count", "status"]);
    const multi = (await panelCall({ action: "status", orders: String(providerOrderId) })) as Record<string, Record<string, unknown>>;
    expect(Object.keys(multi[String(providerOrderId)]!).sort()).toEqual(["charge", "currency", "remains", "start_count", "status"]);
  });

  it("has no action that lists orders with their links", async () => {
    for (const action of ["orders", "order", "list"]) {
      expect(await panelCall({ action })).toEqual({ error: "Incorrect request" });
    }
  });
});
