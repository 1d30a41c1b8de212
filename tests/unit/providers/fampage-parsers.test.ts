import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { balanceResponseSchema } from "../../../lib/providers/fampage/balance";
import { cancelResponseSchema } from "../../../lib/providers/fampage/cancel";
import { createFampageClient } from "../../../lib/providers/fampage/fampage-client";
import { ORDER_STATUSES, orderStatusesResponseSchema, panelOrderStatusSchema } from "../../../lib/providers/fampage/order-status";
import { servicesResponseSchema } from "../../../lib/providers/fampage/panel-service";
import {
  refillManyResponseSchema,
  refillResponseSchema,
  refillStatusesResponseSchema,
  refillStatusResponseSchema,
} from "../../../lib/providers/fampage/refill";
import { providerErrorOf } from "../../support/provider-error";
import { mismatchOf } from "../../support/schema-mismatch";

/** A whole number the way panels send it: as a JSON number or as its decimal string. */
const wholeNumber = (max = 10_000_000) =>
  fc.integer({ min: 0, max }).chain((value) => fc.constantFrom<{ value: number; sent: number | string }>(
    { value, sent: value },
    { value, sent: String(value) },
  ));

/** Money with up to 5 decimals, as a string (usual) or a JSON number. */
const money = fc
  .tuple(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 5 }))
  .map(([units, scale]) => new Decimal(units).dividedBy(10 ** scale))
  .chain((value) => fc.constantFrom<{ value: Decimal; sent: number | string }>(
    { value, sent: value.toFixed() },
    { value, sent: value.toNumber() },
  ));

/** Flags as panels spell them; `undefined` means the field is left out. */
const flag = fc.constantFrom<{ value: boolean; sent: unknown }>(
  { value: true, sent: true },
  { value: true, sent: 1 },
  { value: true, sent: "1" },
  { value: true, sent: "true" },
  { value: false, sent: false },
  { value: false, sent: 0 },
  { value: false, sent: "0" },
  { value: false, sent: undefined },
);

/** Unknown fields a panel may add; never one the parser reads, nor `error`, which marks a refusal. */
const extraFields = (known: readonly string[]) =>
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((name) => ![...known, "error", "__proto__"].includes(name)),
    fc.jsonValue(),
    { maxKeys: 4 },
  );

const SERVICE_FIELDS = ["service", "name", "type", "category", "rate", "min", "max", "refill", "cancel", "dripfeed", "desc"];
const REQUIRED_SERVICE_FIELDS = ["service", "name", "type", "category", "rate", "min", "max"] as const;

const panelService = fc
  .record({
    id: wholeNumber(),
    name: fc.string(),
    type: fc.constantFrom("Default", "Package", "Custom Comments", "Poll", "Subscriptions", "Mentions"),
    category: fc.string(),
    rate: money,
    min: wholeNumber(1_000),
    max: wholeNumber(),
    refill: flag,
    cancel: flag,
    dripfeed: flag,
    desc: fc.option(fc.string(), { nil: undefined }),
    extra: extraFields(SERVICE_FIELDS),
  })
  .map((generated) => ({
    generated,
    sent: withoutUndefined({
      ...generated.extra,
      service: generated.id.sent,
      name: generated.name,
      type: generated.type,
      category: generated.category,
      rate: generated.rate.sent,
      min: generated.min.sent,
      max: generated.max.sent,
      refill: generated.refill.sent,
      cancel: generated.cancel.sent,
      dripfeed: generated.dripfeed.sent,
      desc: generated.desc,
    }),
  }));

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

const STATUS_FIELDS = ["status", "charge", "start_count", "remains", "currency"];
const REQUIRED_STATUS_FIELDS = ["status", "charge", "remains", "currency"] as const;

/** A status word in one of the spellings panels use. */
const statusSpelling = fc.constantFrom(...ORDER_STATUSES).chain((status) =>
  fc
    .constantFrom(
      status,
      status.toUpperCase(),
      status.toLowerCase(),
      status.replace(" ", "_"),
      status === "Canceled" ? "Cancelled" : status,
      status === "In progress" ? "In Progress" : status,
    )
    .map((sent) => ({ status, sent })),
);

const panelStatus = fc
  .record({
    status: statusSpelling,
    charge: money,
    startCount: fc.option(wholeNumber(), { nil: undefined }),
    remains: wholeNumber(),
    currency: fc.constantFrom("USD", "EUR", "INR"),
    extra: extraFields(STATUS_FIELDS),
  })
  .map((generated) => ({
    generated,
    sent: withoutUndefined({
      ...generated.extra,
      status: generated.status.sent,
      charge: generated.charge.sent,
      start_count: generated.startCount?.sent,
      remains: generated.remains.sent,
      currency: generated.currency,
    }),
  }));

const panelErrorText = fc.constantFrom("Incorrect order ID", "Refill not found", "Not enough funds on balance", "Something else");

describe("services", () => {
  it("reads any service in the panel's spellings, tolerating unknown fields", () => {
    fc.assert(
      fc.property(fc.array(panelService, { maxLength: 5 }), (services) => {
        const parsed = servicesResponseSchema.parse(services.map((service) => service.sent));
        parsed.forEach((service, index) => {
          const { generated } = services[index] ?? expect.unreachable();
          expect(service).toEqual({
            id: generated.id.value,
            name: generated.name,
            type: generated.type,
            category: generated.category,
            rate: expect.any(Decimal),
            min: generated.min.value,
            max: generated.max.value,
            refill: generated.refill.value,
            cancel: generated.cancel.value,
            dripfeed: generated.dripfeed.value,
            ...(generated.desc === undefined ? {} : { desc: generated.desc }),
          });
          expect(service.rate.equals(generated.rate.value)).toBe(true);
        });
      }),
    );
  });

  it("rejects a service without a required field, naming the field", () => {
    fc.assert(
      fc.property(panelService, fc.constantFrom(...REQUIRED_SERVICE_FIELDS), (service, missing) => {
        const { [missing]: _dropped, ...incomplete } = service.sent;
        expect(mismatchOf(servicesResponseSchema, [incomplete])).toContain(`field "[0].${missing}"`);
      }),
    );
  });

  it("rejects counts that are not whole numbers", () => {
    const service = { service: "1", name: "Followers", type: "Default", category: "Instagram", rate: "0.9", min: "50.5", max: "100" };
    expect(mismatchOf(servicesResponseSchema, [service])).toContain('field "[0].min"');
  });
});

describe("order status", () => {
  it("reads any status object in the panel's spellings", () => {
    fc.assert(
      fc.property(panelStatus, ({ generated, sent }) => {
        const parsed = panelOrderStatusSchema.parse(sent);
        expect(parsed).toEqual({
          status: generated.status.status,
          charge: expect.any(Decimal),
          startCount: generated.startCount?.value ?? null,
          remains: generated.remains.value,
          currency: generated.currency,
        });
        expect(parsed.charge.equals(generated.charge.value)).toBe(true);
      }),
    );
  });

  it("reads an unknown start count (null or empty) as null", () => {
    const base = { status: "Pending", charge: "0.1", remains: "10", currency: "USD" };
    expect(panelOrderStatusSchema.parse({ ...base, start_count: null }).startCount).toBeNull();
    expect(panelOrderStatusSchema.parse({ ...base, start_count: "" }).startCount).toBeNull();
  });

  it("rejects a status object without a required field, naming the field", () => {
    fc.assert(
      fc.property(panelStatus, fc.constantFrom(...REQUIRED_STATUS_FIELDS), ({ sent }, missing) => {
        const { [missing]: _dropped, ...incomplete } = sent;
        expect(mismatchOf(panelOrderStatusSchema, incomplete)).toContain(`field "${missing}"`);
      }),
    );
  });

  it("rejects a status word it does not know", () => {
    const body = { status: "Refunded", charge: "0.1", remains: "10", currency: "USD" };
    expect(mismatchOf(panelOrderStatusSchema, body)).toContain('field "status"');
  });

  it("reads a batch answer per id, keeping the panel's per-order errors", () => {
    const entry = fc.oneof(
      panelStatus.map((status) => ({ kind: "status" as const, ...status })),
      panelErrorText.map((error) => ({ kind: "error" as const, error })),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.integer({ min: 1, max: 10_000_000 }).map(String), entry, { maxKeys: 20 }), (answer) => {
        const body = Object.fromEntries(
          Object.entries(answer).map(([id, item]) => [id, item.kind === "status" ? item.sent : { error: item.error }]),
        );
        const parsed = orderStatusesResponseSchema.parse(body);

        expect(parsed.size).toBe(Object.keys(answer).length);
        for (const [id, item] of Object.entries(answer)) {
          const result = parsed.get(Number(id));
          if (item.kind === "error") expect(result).toMatchObject({ ok: false, error: item.error });
          else expect(result).toMatchObject({ ok: true, status: item.generated.status.status, remains: item.generated.remains.value });
        }
      }),
    );
  });

  it("refuses a malformed entry of a batch alone, naming its field, and reads the others", () => {
    const body = {
      "7": { error: "Incorrect order ID" },
      "23501": { status: "Pending", charge: "0.1", currency: "USD" },
      "23502": { status: "Refunded", charge: "0.1", remains: "10", currency: "USD" },
      "23503": { status: "Completed", charge: "0.1", remains: "0", currency: "USD" },
    };
    const parsed = orderStatusesResponseSchema.parse(body);

    expect(parsed.get(7)).toEqual({ ok: false, error: "Incorrect order ID", providerCode: "incorrect_order_id" });
    expect(parsed.get(23501)).toEqual({ ok: false, error: expect.stringContaining('field "remains"'), providerCode: "unreadable_item" });
    expect(parsed.get(23502)).toEqual({ ok: false, error: expect.stringContaining('field "status"'), providerCode: "unreadable_item" });
    expect(parsed.get(23503)).toMatchObject({ ok: true, status: "Completed", remains: 0 });
  });

  it("refuses only the entries it cannot read, whatever is wrong with them", () => {
    const entry = fc.oneof(
      panelStatus.map(({ generated, sent }) => ({ kind: "status" as const, generated, sent })),
      fc
        .tuple(panelStatus, fc.constantFrom(...REQUIRED_STATUS_FIELDS))
        .map(([{ sent }, missing]) => ({ kind: "unreadable" as const, field: missing, sent: withoutUndefined({ ...sent, [missing]: undefined }) })),
      panelStatus.map(({ sent }) => ({ kind: "unreadable" as const, field: "status", sent: { ...sent, status: "Refunded" } })),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.integer({ min: 1, max: 10_000_000 }).map(String), entry, { maxKeys: 20 }), (answer) => {
        const parsed = orderStatusesResponseSchema.parse(Object.fromEntries(Object.entries(answer).map(([id, item]) => [id, item.sent])));

        expect(parsed.size).toBe(Object.keys(answer).length);
        for (const [id, item] of Object.entries(answer)) {
          const result = parsed.get(Number(id));
          if (item.kind === "unreadable") {
            expect(result).toEqual({ ok: false, error: expect.stringContaining(`field "${item.field}"`), providerCode: "unreadable_item" });
          } else {
            expect(result).toMatchObject({ ok: true, status: item.generated.status.status });
          }
        }
      }),
    );
  });

  it("still refuses a batch answer that is not a map of order ids as a whole", () => {
    const status = { status: "Pending", charge: "0.1", remains: "10", currency: "USD" };
    expect(mismatchOf(orderStatusesResponseSchema, [status])).toContain("body");
    expect(mismatchOf(orderStatusesResponseSchema, "Pending")).toContain("body");
    expect(mismatchOf(orderStatusesResponseSchema, { abc: status })).toContain('field "abc"');
  });
});

describe("refill, refill status, cancel and balance", () => {
  it("reads refill ids as numbers or strings", () => {
    fc.assert(
      fc.property(wholeNumber(), extraFields(["refill"]), (refill, extra) => {
        expect(refillResponseSchema.parse({ ...extra, refill: refill.sent })).toEqual({ refillId: refill.value });
      }),
    );
  });

  it("reads batch refills and cancellations per order", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ order: wholeNumber(), accepted: fc.boolean(), error: panelErrorText }), {
          selector: (entry) => entry.order.value,
          maxLength: 10,
        }),
        (entries) => {
          const refills = refillManyResponseSchema.parse(
            entries.map((entry) => ({ order: entry.order.sent, refill: entry.accepted ? entry.order.sent : { error: entry.error } })),
          );
          const cancels = cancelResponseSchema.parse(
            entries.map((entry) => ({ order: entry.order.sent, cancel: entry.accepted ? 1 : { error: entry.error } })),
          );
          for (const entry of entries) {
            const refused = { ok: false, error: entry.error };
            expect(refills.get(entry.order.value)).toMatchObject(entry.accepted ? { ok: true, refillId: entry.order.value } : refused);
            expect(cancels.get(entry.order.value)).toMatchObject(entry.accepted ? { ok: true } : refused);
          }
        },
      ),
    );
  });

  it("reads refill statuses, singly and per refill", () => {
    expect(refillStatusResponseSchema.parse({ status: "completed" })).toBe("Completed");
    const statuses = refillStatusesResponseSchema.parse([
      { refill: "1", status: "Rejected" },
      { refill: 2, status: { error: "Refill not found" } },
    ]);
    expect(statuses.get(1)).toEqual({ ok: true, status: "Rejected" });
    expect(statuses.get(2)).toEqual({ ok: false, error: "Refill not found", providerCode: "unknown_refusal" });
  });

  it("rejects a cancel answer that is neither an acceptance nor an error", () => {
    expect(mismatchOf(cancelResponseSchema, [{ order: 1, cancel: 0 }])).toContain('field "[0].cancel"');
  });

  it("reads the balance as an exact Decimal", () => {
    fc.assert(
      fc.property(money, extraFields(["balance", "currency"]), (balance, extra) => {
        const parsed = balanceResponseSchema.parse({ ...extra, balance: balance.sent, currency: "USD" });
        expect(parsed.balance.equals(balance.value)).toBe(true);
      }),
    );
    expect(mismatchOf(balanceResponseSchema, { balance: "1.5" })).toContain('field "currency"');
  });
});

describe("through the client", () => {
  const API_KEY = "unit-test-fampage-key";

  function clientAnswering(body: unknown, status = 200) {
    const fetchImpl: typeof fetch = async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    return createFampageClient({ baseUrl: "https://panel.test/api/v2", apiKey: API_KEY }, { fetch: fetchImpl, sleep: async () => {} });
  }

  it("turns a missing field into an unexpected error naming it", async () => {
    const error = await providerErrorOf(clientAnswering({ status: "Pending", charge: "0.1", currency: "USD" }).getOrderStatus(1));
    expect(error).toMatchObject({ kind: "unexpected", action: "get_order_status" });
    expect(error.message).toContain('field "remains"');
  });

  it("answers a batch with an unreadable order, that order refused and the others read", async () => {
    const statuses = await clientAnswering({
      "1": { status: "Refunded", charge: "0.1", remains: "10", currency: "USD" },
      "2": { status: "In progress", charge: "0.1", remains: "5", currency: "USD" },
    }).getOrderStatuses([1, 2]);

    expect(statuses.get(1)).toEqual({ ok: false, error: expect.stringContaining('field "status"'), providerCode: "unreadable_item" });
    expect(statuses.get(2)).toMatchObject({ ok: true, status: "In progress", remains: 5 });
  });

  it("treats an error body as a refusal whatever HTTP status below 500 carries it", async () => {
    for (const status of [200, 400, 404]) {
      const error = await providerErrorOf(clientAnswering({ error: "Not enough funds on balance" }, status).getBalance());
      expect(error).toMatchObject({ kind: "invalid_request", message: "Not enough funds on balance", providerCode: "not_enough_funds" });
    }
  });
});
