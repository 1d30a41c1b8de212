import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createFampageClient, type AddOrderParams } from "@/lib/providers/fampage";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { createFampageSandboxControl } from "../../../sandbox/providers/fampage/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const API_KEY = "fampage-sandbox-key";
const TIMEOUT_MS = 300;
const { sandboxUrl, control, records, sleeps, clientDependencies, providerErrorOf } = setUpProviderContract({ secrets: [API_KEY] });
const panel = createFampageSandboxControl(sandboxUrl);

const client = createFampageClient({ baseUrl: `${sandboxUrl}/fampage/api/v2`, apiKey: API_KEY, timeoutMs: TIMEOUT_MS }, clientDependencies);

const order: AddOrderParams = { type: "Default", service: 1, link: "https://instagram.com/acme", quantity: 100 };

/** Fails the next `count` panel requests, whatever their action. */
async function injectFault(mode: FaultInput["mode"], count = 1, retryAfterSeconds?: number): Promise<void> {
  await control.injectFault({ provider: "fampage", path: "/api/v2", mode, count, retryAfterSeconds });
}

const journalFormSchema = z.looseObject({ action: z.string() });

/** How many times the panel received each action. */
async function actionsReceived(): Promise<string[]> {
  const requests = await control.requests({ provider: "fampage", path: "/api/v2" });
  return requests.map((request) => journalFormSchema.parse(request.body).action);
}

describe("HTTP-200 error bodies", () => {
  it("are failures, never successes, and are not retried", async () => {
    await injectFault("error_200");

    const error = await providerErrorOf(client.listServices());

    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 200, message: "Incorrect request", providerCode: "unknown_refusal" });
    expect(await actionsReceived()).toEqual(["services"]);
    expect(records.map((record) => record.outcome)).toEqual(["invalid_request"]);
  });

  it("fail an order placement once, with nothing placed", async () => {
    await injectFault("error_200");

    const error = await providerErrorOf(client.addOrder(order));

    expect(error.kind).toBe("invalid_request");
    expect(await actionsReceived()).toEqual(["add"]);
    expect(await panel.orders()).toHaveLength(0);
  });
});

describe("http_500", () => {
  it("is retried for reads, which then succeed", async () => {
    await injectFault("http_500", 2);

    const { balance } = await client.getBalance();

    expect(balance.toFixed()).toBe("100.84292");
    expect(await actionsReceived()).toEqual(["balance", "balance", "balance"]);
    expect(records.map((record) => [record.attempt, record.outcome, record.httpStatus])).toEqual([
      [1, "transient", 500],
      [2, "transient", 500],
      [3, "success", 200],
    ]);
  });

  it("ends as a transient error once a read's attempts are spent", async () => {
    await injectFault("http_500", 3);

    const error = await providerErrorOf(client.getOrderStatuses([1, 2]));

    expect(error).toMatchObject({ kind: "transient", httpStatus: 500, message: "Internal server error", retryable: true });
    expect(await actionsReceived()).toHaveLength(3);
  });

  it("is not retried for an order placement", async () => {
    await injectFault("http_500", 3);

    const error = await providerErrorOf(client.addOrder(order));

    expect(error).toMatchObject({ kind: "transient", httpStatus: 500 });
    expect(await actionsReceived()).toEqual(["add"]);
  });
});

describe("rate_limit", () => {
  it("waits the Retry-After and retries a read", async () => {
    await injectFault("rate_limit", 1, 2);

    await expect(client.listServices()).resolves.toHaveLength(25);

    expect(sleeps).toEqual([2_000]);
    expect(await actionsReceived()).toEqual(["services", "services"]);
  });

  it("hands a long Retry-After back to the caller at once", async () => {
    await injectFault("rate_limit", 1, 120);

    const error = await providerErrorOf(client.getBalance());

    expect(error).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 120, httpStatus: 429, message: "Too many requests" });
    expect(await actionsReceived()).toEqual(["balance"]);
  });

  it("is not retried for refills and cancellations", async () => {
    await injectFault("rate_limit", 2, 1);

    expect(await providerErrorOf(client.refill(23_501))).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 1 });
    expect(await providerErrorOf(client.cancel([23_501]))).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 1 });

    expect(sleeps).toEqual([]);
    expect(await actionsReceived()).toEqual(["refill", "cancel"]);
  });
});

describe("timeout", () => {
  it("is retried for reads", async () => {
    await injectFault("timeout");

    await expect(client.getBalance()).resolves.toMatchObject({ currency: "USD" });

    expect(records.map((record) => [record.outcome, record.httpStatus])).toEqual([
      ["transient", null],
      ["success", 200],
    ]);
  });

  it("sends an order exactly once and reports the outcome as ambiguous", async () => {
    await injectFault("timeout");

    const error = await providerErrorOf(client.addOrder(order));

    expect(error).toMatchObject({ kind: "transient", ambiguous: true, message: `No response within ${TIMEOUT_MS} ms` });
    expect(error.httpStatus).toBeUndefined();
    expect(await actionsReceived()).toEqual(["add"]);
    expect(records).toHaveLength(1);
  });

  it("sends a refill exactly once", async () => {
    await injectFault("timeout");

    const error = await providerErrorOf(client.refillMany([23_501, 23_502]));

    expect(error).toMatchObject({ kind: "transient", ambiguous: true });
    expect(await actionsReceived()).toEqual(["refill"]);
  });
});

describe("malformed_json", () => {
  it("is an unexpected answer, not retried", async () => {
    await injectFault("malformed_json");

    const error = await providerErrorOf(client.getOrderStatus(23_501));

    expect(error).toMatchObject({ kind: "unexpected", httpStatus: 200, retryable: false });
    expect(error.message).toContain("Malformed JSON");
    expect(await actionsReceived()).toEqual(["status"]);
  });

  it("leaves an order placement unexpected and sent once", async () => {
    await injectFault("malformed_json");

    expect((await providerErrorOf(client.addOrder(order))).kind).toBe("unexpected");
    expect(await actionsReceived()).toEqual(["add"]);
  });
});

describe("recovery", () => {
  it("serves normally once the fault is used up", async () => {
    await injectFault("http_500");
    await providerErrorOf(client.addOrder(order));

    await expect(client.addOrder(order)).resolves.toMatchObject({ providerOrderId: 23_501 });
    expect(await actionsReceived()).toEqual(["add", "add"]);
  });
});
