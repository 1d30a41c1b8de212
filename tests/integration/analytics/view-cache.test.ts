import { beforeAll, describe, expect, it } from "vitest";
import { loadAnalytics } from "@/lib/analytics/analytics-view";
import { cachedFiguresView } from "@/lib/analytics/view-cache";
import { databaseHasOneSession, db, pgPool } from "@/lib/db";
import { historyOrder, seedServices } from "./analytics-fixtures";

const NOW = new Date("2026-12-05T12:00:00Z");
const NOVEMBER = { preset: "custom", from: "2026-11-01", to: "2026-11-30" } as const;
const novemberView = () => loadAnalytics({}, NOVEMBER, NOW);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A computation that counts its runs and answers what `answer` says at the time. */
function countedComputation<T>(answer: () => T | Promise<T>) {
  const counter = { runs: 0, compute: async () => ((counter.runs += 1), answer()) };
  return counter;
}

let orderId: string;
let companyId: string;

beforeAll(async () => {
  await seedServices();
  companyId = (await db.company.create({ data: { name: "Cached Co" } })).id;
  orderId = (await historyOrder({ companyId, createdAt: "2026-11-03T10:00:00Z", expectedCost: "1", charge: "1", invoice: "8" })).id;
});

describe("analytics views kept until their figures change", () => {
  if (databaseHasOneSession()) {
    // `npm test` without DATABASE_URL: the embedded Postgres has no session of its own to LISTEN on.
    it("computes on every request on a database with one session for all connections", async () => {
      const counted = countedComputation(() => "view");
      await cachedFiguresView("one-session", counted.compute);
      await cachedFiguresView("one-session", counted.compute);
      expect(counted.runs).toBe(2);
    });
    return;
  }

  it("computes once for concurrent and later requests of the same view, from the process's first request on, and once per distinct view", async () => {
    // The first requests of the process: they wait for the LISTEN connection rather than go without it.
    const counted = countedComputation(async () => {
      await pause(20);
      return "view";
    });
    const views = await Promise.all([1, 2, 3].map(() => cachedFiguresView("shared", counted.compute)));
    expect(views).toEqual(["view", "view", "view"]);
    expect(await cachedFiguresView("shared", counted.compute)).toBe("view");
    expect(await cachedFiguresView("another", counted.compute)).toBe("view");
    expect(counted.runs).toBe(2);
  });

  it("reads its own writes: a change committed before the request is always in the view", async () => {
    for (let charge = 2; charge <= 21; charge += 1) {
      await db.order.update({ where: { id: orderId }, data: { charge: String(charge) } });
      expect((await novemberView()).kpis.current.cost.toString()).toBe(String(charge));
    }
  });

  it("keeps the view through changes that no figure reads, and drops it when a company is renamed", async () => {
    const before = await novemberView();
    await db.order.update({ where: { id: orderId }, data: { status: "IN_PROGRESS", lastSyncedAt: new Date() } });
    expect(await novemberView()).toBe(before);
    await db.company.update({ where: { id: companyId }, data: { name: "Renamed Co" } });
    const after = await novemberView();
    expect(after).not.toBe(before);
    expect(after.charts["top-companies"].rows[0]).toMatchObject({ name: "Renamed Co" });
  });

  it("does not keep a result computed while a change committed: the next request computes again", async () => {
    let charge = 40;
    const counted = countedComputation(async () => {
      const seen = charge;
      // The change commits after this computation's read.
      charge += 1;
      await pgPool().query(`UPDATE "Order" SET "charge" = $1 WHERE "id" = $2`, [String(charge), orderId]);
      return seen;
    });
    expect(await cachedFiguresView("raced", counted.compute)).toBe(40);
    expect(await cachedFiguresView("raced", counted.compute)).toBe(41);
    expect(counted.runs).toBe(2);
  });

  it("ignores changes to another schema's figures", async () => {
    const counted = countedComputation(() => "view");
    await cachedFiguresView("other-schema", counted.compute);
    await pgPool().query(`SELECT pg_notify('analytics_figures_changed', 'some_other_schema')`);
    await cachedFiguresView("other-schema", counted.compute);
    expect(counted.runs).toBe(1);
  });

  it("does not keep a failed computation", async () => {
    let fail = true;
    const counted = countedComputation(() => {
      if (fail) throw new Error("the database went away");
      return "view";
    });
    await expect(cachedFiguresView("failing", counted.compute)).rejects.toThrow("the database went away");
    fail = false;
    expect(await cachedFiguresView("failing", counted.compute)).toBe("view");
    expect(counted.runs).toBe(2);
  });
});
