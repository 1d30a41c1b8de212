import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { providerCost, sellPrice, toDecimal } from "@/lib/money";
import { OrderValidationError } from "@/lib/orders/errors";
import { placeOrder } from "@/lib/orders/place-order";
import { checkPanelOrder, confirmNotPlaced, confirmPlacedOnPanel } from "@/lib/orders/resolve-review";
import { fampageClient } from "@/lib/providers/app-clients";
import { fampageSandbox, findService, orderRequest, panelRequests, sandbox, seedCompanyAndCatalog } from "../../support/order-fixtures";

let companyId: string;

beforeAll(async () => {
  ({ id: companyId } = await seedCompanyAndCatalog());
});

beforeEach(async () => {
  await fampageSandbox().setBalance("100000.00000");
});

describe("placing an order", () => {
  it("records the panel order and invoices cost × 8 in the same step", async () => {
    const service = await findService("Default");
    const result = await placeOrder(orderRequest(companyId, service.id, { quantity: 1234 }));

    expect(result.outcome).toBe("placed");
    if (result.outcome !== "placed") return;
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { invoices: { include: { lines: true } } } });
    expect(order.status).toBe("PENDING");
    expect(order.providerOrderId).toBeGreaterThan(0);
    const expectedCost = providerCost(service.ratePer1000.toString(), 1234);
    expect(order.expectedCost.toString()).toBe(expectedCost.toString());
    const [invoice] = order.invoices;
    expect(invoice?.number).toBe(result.invoiceNumber);
    expect(invoice?.number).toMatch(/^INV-\d{4}-\d{5}$/);
    expect(toDecimal(invoice!.amount).equals(sellPrice(expectedCost, 8, "USD"))).toBe(true);
    expect(invoice?.lines[0]?.description).toContain(order.link);
  });

  it("applies a per-order multiplier", async () => {
    const service = await findService("Default");
    const result = await placeOrder(orderRequest(companyId, service.id, { quantity: 1000, multiplier: "2.5" }));
    if (result.outcome !== "placed") throw new Error(result.outcome);
    const invoice = await db.invoice.findFirstOrThrow({ where: { orderId: result.orderId } });
    expect(invoice.multiplier.toString()).toBe("2.5");
    expect(invoice.amount.toString()).toBe(sellPrice(service.ratePer1000.toString(), "2.5", "USD").toString());
  });

  it("refuses a quantity outside the service's range before calling the panel", async () => {
    const service = await findService("Default");
    const before = (await panelRequests("add")).length;
    const attempt = placeOrder(orderRequest(companyId, service.id, { quantity: service.max + 1 }));
    await expect(attempt).rejects.toBeInstanceOf(OrderValidationError);
    await expect(attempt).rejects.toMatchObject({ fieldErrors: { quantity: `The quantity must be between ${service.min} and ${service.max} for this service.` } });
    expect((await panelRequests("add")).length).toBe(before);
  });

  it("sends custom comments one per line and counts them as the quantity", async () => {
    const service = await findService("Custom Comments");
    const comments = Array.from({ length: Math.max(service.min, 3) }, (_, i) => `Great post ${i + 1}!`);
    const result = await placeOrder(orderRequest(companyId, service.id, { quantity: undefined, comments }));
    expect(result.outcome).toBe("placed");
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    expect(order.quantity).toBe(comments.length);
    const [add] = (await panelRequests("add")).slice(-1);
    expect((add?.body as { comments?: string }).comments).toBe(comments.join("\n"));
  });
});

describe("exactly-once placement", () => {
  it("places one panel order for five simultaneous submits of the same form", async () => {
    const service = await findService("Default");
    const request = orderRequest(companyId, service.id);
    const before = (await panelRequests("add")).length;

    const results = await Promise.all(Array.from({ length: 5 }, () => placeOrder(request)));

    expect(results.filter((result) => result.outcome === "placed")).toHaveLength(1);
    expect(results.filter((result) => result.outcome === "duplicate")).toHaveLength(4);
    expect(new Set(results.map((result) => result.orderId)).size).toBe(1);
    expect((await panelRequests("add")).length).toBe(before + 1);
    expect(await db.invoice.count({ where: { orderId: results[0]?.orderId } })).toBe(1);
  });

  it("numbers 20 concurrent invoices without gaps or duplicates", async () => {
    const service = await findService("Default");
    const numbersBefore = await db.invoice.count({ where: { kind: "INVOICE" } });
    const results = await Promise.all(Array.from({ length: 20 }, () => placeOrder(orderRequest(companyId, service.id))));
    expect(results.every((result) => result.outcome === "placed")).toBe(true);

    const numbers = (await db.invoice.findMany({ where: { kind: "INVOICE" }, orderBy: { number: "asc" } })).map((invoice) => invoice.number);
    const sequence = numbers.map((number) => Number(number.slice(-5)));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(sequence).toEqual(Array.from({ length: numbersBefore + 20 }, (_, i) => i + 1));
  });
});

describe("when the panel says no or does not answer", () => {
  it("shows the panel's refusal and keeps the failed attempt on record, uninvoiced", async () => {
    await fampageSandbox().setBalance("0");
    const service = await findService("Default");
    const result = await placeOrder(orderRequest(companyId, service.id));

    expect(result).toMatchObject({ outcome: "refused", message: "Not enough funds on balance", code: "not_enough_funds" });
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { events: true, invoices: true } });
    expect(order.status).toBe("FAILED");
    expect(order.invoices).toHaveLength(0);
    expect(order.events.map((event) => event.type)).toContain("REFUSED");
  });

  it("marks a timed-out order for review, never re-sends it, and lets a person attach the panel order", async () => {
    const service = await findService("Default");
    const before = (await panelRequests("add")).length;
    await sandbox().injectFault({ provider: "fampage", method: "POST", path: "/api/v2", mode: "timeout", count: 1 });

    const result = await placeOrder(orderRequest(companyId, service.id));

    expect(result.outcome).toBe("needs_review");
    expect((await panelRequests("add")).length).toBe(before + 1);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });
    expect(order.status).toBe("NEEDS_REVIEW");
    expect(await db.invoice.count({ where: { orderId: order.id } })).toBe(0);

    await expect(confirmPlacedOnPanel(order.id, 99_999_999)).rejects.toBeInstanceOf(UserFacingError);
    // The sandbox's timeout fault swallows the request; stand in for a panel that did
    // execute it before its answer was lost.
    const { providerOrderId } = await fampageClient().addOrder({ type: "Default", service: service.id, link: order.link, quantity: order.quantity });
    const { invoiceNumber } = await confirmPlacedOnPanel(order.id, providerOrderId);
    expect(invoiceNumber).toMatch(/^INV-/);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).providerOrderId).toBe(providerOrderId);
    await expect(confirmPlacedOnPanel(order.id, providerOrderId)).rejects.toThrow("does not need a review");
  });

  it("shows the panel order beside ours and refuses one of another quantity or another order's number", async () => {
    const service = await findService("Default");
    await sandbox().injectFault({ provider: "fampage", method: "POST", path: "/api/v2", mode: "timeout", count: 1 });
    const result = await placeOrder(orderRequest(companyId, service.id, { quantity: 1000 }));
    expect(result.outcome).toBe("needs_review");
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId } });

    // Another order on the panel (a typo in the number): half the quantity. Its link is not in the panel's answer.
    const { providerOrderId: smaller } = await fampageClient().addOrder({ type: "Default", service: service.id, link: `${order.link}-other`, quantity: 500 });
    const mismatch = await checkPanelOrder(order.id, smaller);
    expect(mismatch).toMatchObject({ providerOrderId: smaller, impliedQuantity: 500, ours: { quantity: 1000, link: order.link } });
    expect(mismatch.panel).toMatchObject({ status: "Pending", currency: "USD", remains: 500 });
    expect(mismatch.problems.join(" ")).toContain("about 500 units at our rate; ours is for 1,000");
    await expect(confirmPlacedOnPanel(order.id, smaller)).rejects.toThrow(/does not look like this order, so it was not attached/);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("NEEDS_REVIEW");

    // A panel number another order already has.
    const placed = await placeOrder(orderRequest(companyId, service.id, { quantity: 1000 }));
    const other = await db.order.findUniqueOrThrow({ where: { id: placed.orderId } });
    expect((await checkPanelOrder(order.id, other.providerOrderId!)).problems).toContain(`Panel order #${other.providerOrderId} is already attached to another order.`);

    const { providerOrderId: ours } = await fampageClient().addOrder({ type: "Default", service: service.id, link: order.link, quantity: 1000 });
    const match = await checkPanelOrder(order.id, ours);
    expect(match).toMatchObject({ impliedQuantity: 1000, problems: [] });
    expect(toDecimal(match.panel.charge).equals(order.expectedCost.toString())).toBe(true);
    await expect(confirmPlacedOnPanel(order.id, ours)).resolves.toMatchObject({ invoiceNumber: expect.stringMatching(/^INV-/) });
  });

  it("closes a reviewed order the panel does not have, without an invoice", async () => {
    const service = await findService("Default");
    await sandbox().injectFault({ provider: "fampage", method: "POST", path: "/api/v2", mode: "http_500", count: 1 });
    const result = await placeOrder(orderRequest(companyId, service.id));
    expect(result.outcome).toBe("needs_review");
    await confirmNotPlaced(result.orderId);
    expect((await db.order.findUniqueOrThrow({ where: { id: result.orderId } })).status).toBe("FAILED");
    await expect(confirmNotPlaced(result.orderId)).rejects.toThrow("This order does not need a review any more.");
  });

  it("refuses to order for an archived company", async () => {
    const archived = await db.company.create({ data: { name: "Gone Ltd", status: "ARCHIVED" } });
    const service = await findService("Default");
    await expect(placeOrder(orderRequest(archived.id, service.id))).rejects.toThrow("This company is archived");
  });
});
