import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { escalateStaleSubmissions, STALE_SUBMISSION_MINUTES } from "@/lib/orders/escalate-stale-submissions";
import { confirmNotPlaced } from "@/lib/orders/resolve-review";
import { findService, orderRowFor, seedCompanyAndCatalog } from "../../support/order-fixtures";

let companyId: string;

beforeAll(async () => {
  ({ id: companyId } = await seedCompanyAndCatalog());
});

async function submittingOrder(key: string, minutesAgo: number) {
  const service = await findService("Default");
  return db.order.create({
    data: {
      ...orderRowFor(service, companyId),
      idempotencyKey: key,
      link: `https://instagram.com/${key}`,
      quantity: 1000,
      expectedCost: 1,
      status: "SUBMITTING",
      createdAt: new Date(Date.now() - minutesAgo * 60_000),
    },
  });
}

describe("interrupted placements", () => {
  it("go to review once they are older than any placement could take, and can then be resolved", async () => {
    const interrupted = await submittingOrder("interrupted", STALE_SUBMISSION_MINUTES + 1);
    const underWay = await submittingOrder("under-way", 0);

    expect(await escalateStaleSubmissions()).toEqual({ escalated: 1 });
    expect(await escalateStaleSubmissions()).toEqual({ escalated: 0 });

    const reviewed = await db.order.findUniqueOrThrow({ where: { id: interrupted.id }, include: { events: true } });
    expect(reviewed.status).toBe("NEEDS_REVIEW");
    expect(reviewed.events.map((event) => event.type)).toEqual(["NEEDS_REVIEW"]);
    expect((await db.order.findUniqueOrThrow({ where: { id: underWay.id } })).status).toBe("SUBMITTING");
    await confirmNotPlaced(interrupted.id);
    expect((await db.order.findUniqueOrThrow({ where: { id: interrupted.id } })).status).toBe("FAILED");
  });
});
