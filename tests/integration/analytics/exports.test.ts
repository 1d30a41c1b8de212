import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { historyOrder, seedServices } from "./analytics-fixtures";

const auth = vi.hoisted(() => vi.fn<() => Promise<unknown>>());
vi.mock("@/lib/auth/next-auth", () => ({ auth }));
const { GET: exportChart } = await import("@/app/api/analytics/export/route");
const { GET: exportOrders } = await import("@/app/api/orders/export/route");

/** The body's bytes and its text without the byte order mark (which is checked separately). */
async function download(response: Response) {
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { bom: [...bytes.slice(0, 3)], lines: new TextDecoder().decode(bytes).trimEnd().split("\r\n") };
}

beforeAll(async () => {
  await seedServices();
  const cafe = await db.company.create({ data: { name: "Café Olé" } });
  const kabushiki = await db.company.create({ data: { name: "株式会社テスト" } });
  await historyOrder({ companyId: cafe.id, createdAt: "2026-11-03T10:00:00Z", expectedCost: "1.5", invoice: "12" });
  await historyOrder({ companyId: kabushiki.id, serviceId: 202, createdAt: "2026-11-04T10:00:00Z", expectedCost: "2", charge: "1", status: "PARTIAL", invoice: "16", creditNote: "8" });
});

beforeEach(() => auth.mockResolvedValue({ user: { id: "admin-1", email: "owner@agency.test", name: "Owner" } }));

describe("GET /api/analytics/export", () => {
  it("refuses without a session, and names the charts when none is given", async () => {
    auth.mockResolvedValue(null);
    expect((await exportChart(new Request("http://localhost/api/analytics/export?chart=top-companies"))).status).toBe(401);
    auth.mockResolvedValue({ user: { id: "admin-1", email: "owner@agency.test", name: "Owner" } });
    const unknown = await exportChart(new Request("http://localhost/api/analytics/export?chart=everything"));
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("chart=over-time");
  });

  it("downloads exactly the chart's rows for the period and filters, with a BOM and plain decimals", async () => {
    const response = await exportChart(new Request("http://localhost/api/analytics/export?chart=top-companies&period=custom&from=2026-11-01&to=2026-11-30"));
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="top-companies-2026-11-01-to-2026-11-30.csv"');
    const { bom, lines } = await download(response);
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines).toEqual(["company,orders,revenue,provider_cost,profit,currency", "Café Olé,1,12.00,1.50,10.50,USD", "株式会社テスト,1,8.00,1.00,7.00,USD"]);

    const tiktok = await download(await exportChart(new Request("http://localhost/api/analytics/export?chart=over-time&period=custom&from=2026-11-03&to=2026-11-04&network=TIKTOK")));
    expect(tiktok.lines).toEqual(["period_starting,orders,revenue,provider_cost,profit,currency", "2026-11-03,0,0.00,0.00,0.00,USD", "2026-11-04,1,8.00,1.00,7.00,USD"]);
  });
});

describe("GET /api/orders/export", () => {
  it("streams every order with a BOM, consistent column names and exact amounts", async () => {
    const { bom, lines } = await download(await exportOrders(new Request("http://localhost/api/orders/export?sort=createdAt&dir=asc")));
    expect(bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toBe(
      "order_id,created_at_utc,company,status,network,service_id,service,link,quantity,panel_order_id,expected_cost,charge,remains,currency,multiplier,invoice_number,invoice_amount,credit_note_amount",
    );
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(",2026-11-03T10:00:00.000Z,Café Olé,COMPLETED,INSTAGRAM,201,");
    expect(lines[1]).toMatch(/,1\.50000,1\.50000,,,8\.0000,INV-AN-\d+,12\.00,$/);
    expect(lines[2]).toContain(",株式会社テスト,PARTIAL,TIKTOK,202,");
    expect(lines[2]).toMatch(/,16\.00,8\.00$/);
  });
});
