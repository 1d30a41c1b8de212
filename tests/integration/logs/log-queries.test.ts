import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { integrationLogFilterFrom, type IntegrationLogFilter } from "@/lib/integration-log/log-filter";
import { companiesInIntegrationLog, getIntegrationLog, listIntegrationLogs } from "@/lib/integration-log/queries";
import { recordIntegrationCall } from "@/lib/integration-log/record";
import type { Pagination } from "@/lib/list-query";

const ALL: Pagination = { page: 1, pageSize: 100, skip: 0 };
let acme: string;
let globex: string;

function entry(id: string, createdAt: string, fields: Partial<Prisma.IntegrationLogCreateInput> = {}): Prisma.IntegrationLogCreateInput {
  return { id, provider: "fampage", action: "add_order", method: "POST", url: "https://panel.test/api/v2", httpStatus: 200, durationMs: 120, outcome: "success", createdAt: new Date(createdAt), ...fields };
}

async function ids(filter: IntegrationLogFilter, pagination: Pagination = ALL): Promise<string[]> {
  return (await listIntegrationLogs(filter, pagination)).items.map((row) => row.id);
}

beforeAll(async () => {
  ({ id: acme } = await db.company.create({ data: { name: "Acme" } }));
  ({ id: globex } = await db.company.create({ data: { name: "Globex" } }));
  await db.integrationLog.createMany({
    data: [
      entry("log-1", "2026-03-01T08:00:00Z", { companyId: acme, orderId: "order-a" }),
      entry("log-2", "2026-03-02T09:00:00Z", { action: "order_status", companyId: acme, orderId: "order-a", method: "POST" }),
      entry("log-3", "2026-03-02T23:59:59Z", { outcome: "transient", httpStatus: null, durationMs: 15_000, errorMessage: "No response within 15000 ms", attempt: 2 }),
      entry("log-4", "2026-03-03T00:00:00Z", { provider: "resend", action: "send_email", companyId: globex, outcome: "invalid_request", httpStatus: 422 }),
      entry("log-5", "2026-03-04T12:00:00Z", { provider: "ghl", action: "refresh_token", outcome: "auth", httpStatus: 401, companyId: "deleted-company" }),
    ],
  });
});

describe("listIntegrationLogs", () => {
  it("lists newest first with the company's name when it exists", async () => {
    const page = await listIntegrationLogs({}, ALL);

    expect(page.items.map((row) => row.id)).toEqual(["log-5", "log-4", "log-3", "log-2", "log-1"]);
    expect(page.total).toBe(5);
    expect(page.items.find((row) => row.id === "log-1")?.company).toEqual({ id: acme, name: "Acme" });
    expect(page.items.find((row) => row.id === "log-5")).toMatchObject({ companyId: "deleted-company", company: null });
    expect(page.items.find((row) => row.id === "log-3")).toMatchObject({ companyId: null, company: null });
  });

  it("leaves the bodies out of the list", async () => {
    await db.integrationLog.update({ where: { id: "log-1" }, data: { requestBody: { action: "add" } } });

    const [row] = (await listIntegrationLogs({ orderId: "order-a", action: "add" }, ALL)).items;

    expect(row?.id).toBe("log-1");
    expect(row).not.toHaveProperty("requestBody");
    expect(row).not.toHaveProperty("responseBody");
  });

  it("filters by provider, action (part, any case), outcome, company and order", async () => {
    expect(await ids({ provider: "fampage" })).toEqual(["log-3", "log-2", "log-1"]);
    expect(await ids({ action: "ORDER" })).toEqual(["log-3", "log-2", "log-1"]);
    expect(await ids({ action: "status" })).toEqual(["log-2"]);
    expect(await ids({ outcome: "transient" })).toEqual(["log-3"]);
    expect(await ids({ companyId: acme })).toEqual(["log-2", "log-1"]);
    expect(await ids({ companyId: globex, provider: "resend" })).toEqual(["log-4"]);
    expect(await ids({ orderId: "order-a", action: "add" })).toEqual(["log-1"]);
    expect(await ids({ provider: "telegram" })).toEqual([]);
  });

  it("filters by whole UTC days, both ends included", async () => {
    const day = (text: string) => new Date(`${text}T00:00:00Z`);

    expect(await ids({ from: day("2026-03-02"), to: day("2026-03-02") })).toEqual(["log-3", "log-2"]);
    expect(await ids({ from: day("2026-03-03") })).toEqual(["log-5", "log-4"]);
    expect(await ids({ to: day("2026-03-01") })).toEqual(["log-1"]);
  });

  it("pages", async () => {
    const second = await listIntegrationLogs({}, { page: 2, pageSize: 2, skip: 2 });

    expect(second.items.map((row) => row.id)).toEqual(["log-3", "log-2"]);
    expect(second).toMatchObject({ total: 5, page: 2, pageCount: 3 });
  });
});

describe("getIntegrationLog", () => {
  it("returns the entry with the bodies exactly as stored", async () => {
    await recordIntegrationCall({
      provider: "fampage",
      action: "services",
      method: "POST",
      url: "https://panel.test/api/v2",
      httpStatus: 200,
      durationMs: 87.6,
      outcome: "success",
      attempt: 1,
      requestBody: { key: "[REDACTED]", action: "services" },
      responseBody: [{ service: 1, rate: "0.90" }],
      errorMessage: null,
      companyId: globex,
    });
    const stored = await db.integrationLog.findFirstOrThrow({ where: { action: "services" } });

    const detail = await getIntegrationLog(stored.id);

    expect(detail).toMatchObject({
      provider: "fampage",
      durationMs: 88,
      requestBody: { key: "[REDACTED]", action: "services" },
      responseBody: [{ service: 1, rate: "0.90" }],
      company: { id: globex, name: "Globex" },
    });
    await db.integrationLog.delete({ where: { id: stored.id } });
  });

  it("returns null for an unknown id", async () => {
    expect(await getIntegrationLog("no-such-entry")).toBeNull();
  });
});

describe("companiesInIntegrationLog", () => {
  it("lists the existing companies the log mentions, by name", async () => {
    expect(await companiesInIntegrationLog()).toEqual([
      { id: acme, name: "Acme" },
      { id: globex, name: "Globex" },
    ]);
  });
});

describe("integrationLogFilterFrom", () => {
  it("reads every filter from the URL", () => {
    expect(
      integrationLogFilterFrom({ provider: "resend", action: " send ", outcome: "auth", company: "c1", order: "o-1", from: "2026-03-01", to: "2026-03-31" }),
    ).toEqual({
      provider: "resend",
      action: "send",
      outcome: "auth",
      companyId: "c1",
      orderId: "o-1",
      from: new Date("2026-03-01T00:00:00Z"),
      to: new Date("2026-03-31T00:00:00Z"),
    });
  });

  it("ignores values that make no sense", () => {
    expect(
      integrationLogFilterFrom({ provider: "myspace", outcome: "fine", company: "'; drop", order: "x".repeat(65), from: "yesterday", to: "2026-02-31x", action: "   " }),
    ).toEqual({});
  });
});
