import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { IntegrationCall } from "../../../lib/integration-log/types";
import { log as serverLog } from "../../../lib/log";
import type { ProviderRequest } from "../../../lib/providers/core/provider-request";
import { REDACTED } from "../../../lib/providers/core/redaction";
import { classifyByHttpStatus, type ResponseClassifier } from "../../../lib/providers/core/response-classification";
import { sendProviderRequest } from "../../../lib/providers/core/send-provider-request";
import { providerErrorOf } from "../../support/provider-error";

const API_KEY = "sk_live_very_secret_123";
const orderSchema = z.object({ order: z.number() });

type Reply = () => Response | Promise<Response>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Reply => () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });
const raw = (status: number, body: string): Reply => () => new Response(body, { status });

/** A fetch that answers with the given replies in order and remembers what it was sent. */
function scriptedFetch(...replies: Reply[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    const reply = replies[calls.length - 1];
    if (reply === undefined) throw new Error(`unexpected call #${calls.length}`);
    return reply();
  });
  return { fetch: fetchImpl as unknown as typeof fetch, calls };
}

/** Never answers; rejects like real fetch when the request's signal aborts. */
const hangingReply = (signalOf: () => AbortSignal | null | undefined): Reply => () =>
  new Promise<Response>((_, reject) => {
    const signal = signalOf();
    signal?.addEventListener("abort", () => reject(signal.reason));
  });

const classifyWithBodyError: ResponseClassifier = (response, body) => {
  const parsed = z.object({ error: z.string() }).safeParse(body);
  if (parsed.success) return { kind: "invalid_request", message: parsed.data.error };
  return classifyByHttpStatus(response, { message: `HTTP ${response.status}` });
};

function orderRequest(overrides: Partial<ProviderRequest<typeof orderSchema>> = {}): ProviderRequest<typeof orderSchema> {
  return {
    provider: "fampage",
    action: "add_order",
    method: "POST",
    url: `https://panel.test/api/v2?key=${API_KEY}&format=json`,
    body: { type: "form", fields: { key: API_KEY, action: "add", service: 1, link: "https://insta/x", runs: undefined } },
    retry: { idempotent: false },
    classifyResponse: classifyWithBodyError,
    responseSchema: orderSchema,
    secrets: [API_KEY],
    context: { companyId: "company-1", orderId: "order-1" },
    ...overrides,
  };
}

function collectingSink() {
  const calls: IntegrationCall[] = [];
  return { calls, sink: async (call: IntegrationCall) => void calls.push(call) };
}

describe("sendProviderRequest", () => {
  it("sends the request, validates the body and returns the parsed value", async () => {
    const http = scriptedFetch(json(200, { order: 23501, extra: "ignored" }));
    await expect(sendProviderRequest(orderRequest(), { fetch: http.fetch })).resolves.toEqual({ order: 23501 });

    const [call] = http.calls;
    expect(call?.init.method).toBe("POST");
    expect(new Headers(call?.init.headers).get("content-type")).toBe("application/x-www-form-urlencoded");
    expect(call?.init.body).toBe(`key=${API_KEY}&action=add&service=1&link=https%3A%2F%2Finsta%2Fx`);
    expect(call?.init.signal).toBeInstanceOf(AbortSignal);
  });

  it("lets the client's headers win, whatever their case", async () => {
    const http = scriptedFetch(json(200, { order: 1 }));
    await sendProviderRequest(orderRequest({ headers: { "Content-Type": "application/vnd.panel+form", Version: "2021-07-28" } }), {
      fetch: http.fetch,
    });
    const headers = new Headers(http.calls[0]?.init.headers);
    expect(headers.get("content-type")).toBe("application/vnd.panel+form");
    expect(headers.get("version")).toBe("2021-07-28");
    expect(headers.get("accept")).toBe("application/json");
  });

  it("sends JSON bodies as JSON", async () => {
    const http = scriptedFetch(json(200, { order: 1 }));
    await sendProviderRequest(orderRequest({ body: { type: "json", value: { a: [1, "b"] } } }), { fetch: http.fetch });
    expect(new Headers(http.calls[0]?.init.headers).get("content-type")).toBe("application/json");
    expect(http.calls[0]?.init.body).toBe('{"a":[1,"b"]}');
  });

  it("reports the attempt to the sink with secrets redacted and context attached", async () => {
    const http = scriptedFetch(json(200, { order: 7, access_token: "returned-token" }));
    const log = collectingSink();
    await sendProviderRequest(orderRequest(), { fetch: http.fetch, logSink: log.sink });

    expect(log.calls).toHaveLength(1);
    expect(log.calls[0]).toMatchObject({
      provider: "fampage",
      action: "add_order",
      method: "POST",
      url: `https://panel.test/api/v2?key=${REDACTED}&format=json`,
      httpStatus: 200,
      outcome: "success",
      attempt: 1,
      requestBody: { key: REDACTED, action: "add", service: "1", link: "https://insta/x" },
      responseBody: { order: 7, access_token: REDACTED },
      errorMessage: null,
      companyId: "company-1",
      orderId: "order-1",
    });
    expect(log.calls[0]?.durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(log.calls)).not.toContain(API_KEY);
  });

  it("retries an idempotent request after transient failures and logs every attempt", async () => {
    const http = scriptedFetch(raw(503, "<html>busy</html>"), json(500, {}), json(200, { order: 3 }));
    const log = collectingSink();
    const sleep = vi.fn(async () => undefined);
    const request = orderRequest({ retry: { idempotent: true, maxAttempts: 3, baseDelayMs: 100 } });

    await expect(sendProviderRequest(request, { fetch: http.fetch, logSink: log.sink, sleep, random: () => 0 })).resolves.toEqual({
      order: 3,
    });
    expect(http.calls).toHaveLength(3);
    expect(sleep.mock.calls).toEqual([[50], [100]]);
    expect(log.calls.map((call) => [call.attempt, call.outcome, call.httpStatus])).toEqual([
      [1, "transient", 503],
      [2, "transient", 500],
      [3, "success", 200],
    ]);
    expect(log.calls[0]?.responseBody).toBe("<html>busy</html>");
  });

  it("gives up after maxAttempts with the last failure", async () => {
    const http = scriptedFetch(json(502, {}), json(503, {}));
    const request = orderRequest({ retry: { idempotent: true, maxAttempts: 2 } });
    const error = await providerErrorOf(sendProviderRequest(request, { fetch: http.fetch, sleep: async () => undefined }));
    expect(error).toMatchObject({ kind: "transient", httpStatus: 503, provider: "fampage", action: "add_order" });
    expect(http.calls).toHaveLength(2);
  });

  it("sends a non-idempotent request exactly once, even when it fails transiently", async () => {
    const http = scriptedFetch(json(503, {}), json(200, { order: 1 }));
    const sleep = vi.fn(async () => undefined);
    const error = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: http.fetch, sleep }));
    expect(error).toMatchObject({ kind: "transient", ambiguous: true, retryable: false });
    expect(http.calls).toHaveLength(1);
    expect(sleep).not.toHaveBeenCalled();
  });

  it.each([
    ["a 5xx", json(502, { error: "Bad gateway" })],
    ["an unreadable body", raw(200, "<html>oops</html>")],
    ["a body of the wrong shape", json(200, { status: "ok" })],
  ])("marks %s on a non-idempotent call as may-have-executed and never retryable", async (_what, reply) => {
    const http = scriptedFetch(reply);
    const error = await providerErrorOf(sendProviderRequest(orderRequest({ classifyResponse: classifyWithBodyError }), { fetch: http.fetch }));
    expect(error).toMatchObject({ ambiguous: true, retryable: false });
  });

  it("keeps a refusal of a non-idempotent call certain: nothing was executed", async () => {
    const http = scriptedFetch(json(400, {}), json(429, {}));
    const refused = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: http.fetch }));
    expect(refused).toMatchObject({ kind: "invalid_request", ambiguous: false, retryable: false });
    const limited = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: http.fetch }));
    expect(limited).toMatchObject({ kind: "rate_limited", ambiguous: false, retryable: true });
  });

  it("still retries a 5xx of an idempotent call", async () => {
    const http = scriptedFetch(json(503, {}), json(200, { order: 4 }));
    const request = orderRequest({ retry: { idempotent: true } });
    await expect(sendProviderRequest(request, { fetch: http.fetch, sleep: async () => undefined })).resolves.toEqual({ order: 4 });
  });

  it("reports a timeout of a non-idempotent request as ambiguous and does not resend it", async () => {
    const calls: RequestInit[] = [];
    const fetchImpl = (async (_input: string | URL | Request, init?: RequestInit) => {
      calls.push(init ?? {});
      return hangingReply(() => init?.signal)();
    }) as typeof fetch;
    const error = await providerErrorOf(sendProviderRequest(orderRequest({ timeoutMs: 30 }), { fetch: fetchImpl }));
    expect(error).toMatchObject({ kind: "transient", ambiguous: true, retryable: false, httpStatus: undefined });
    expect(error.message).toBe("No response within 30 ms");
    expect(calls).toHaveLength(1);
  });

  it("marks a refused connection as not ambiguous: the provider never saw it", async () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const fetchImpl = (async () => {
      throw refused;
    }) as typeof fetch;
    const error = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: fetchImpl }));
    expect(error).toMatchObject({ kind: "transient", ambiguous: false, message: "Could not connect (ECONNREFUSED)" });
  });

  it("honours Retry-After of a 429 on idempotent requests", async () => {
    const http = scriptedFetch(json(429, {}, { "retry-after": "2" }), json(200, { order: 9 }));
    const sleep = vi.fn(async () => undefined);
    const request = orderRequest({ retry: { idempotent: true } });
    await expect(sendProviderRequest(request, { fetch: http.fetch, sleep })).resolves.toEqual({ order: 9 });
    expect(sleep.mock.calls).toEqual([[2_000]]);
  });

  it("returns a 429 whose Retry-After exceeds the cap without waiting", async () => {
    const http = scriptedFetch(json(429, {}, { "retry-after": "600" }));
    const sleep = vi.fn(async () => undefined);
    const request = orderRequest({ retry: { idempotent: true, maxRetryAfterSeconds: 30 } });
    const error = await providerErrorOf(sendProviderRequest(request, { fetch: http.fetch, sleep }));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 600, httpStatus: 429 });
    expect(sleep).not.toHaveBeenCalled();
  });

  it("does not retry auth failures", async () => {
    const http = scriptedFetch(json(401, {}));
    const request = orderRequest({ retry: { idempotent: true } });
    const error = await providerErrorOf(sendProviderRequest(request, { fetch: http.fetch, sleep: async () => undefined }));
    expect(error.kind).toBe("auth");
    expect(http.calls).toHaveLength(1);
  });

  it("lets the classifier turn an HTTP 200 error body into a typed failure", async () => {
    const http = scriptedFetch(json(200, { error: "Not enough funds on balance" }));
    const error = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: http.fetch }));
    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 200, message: "Not enough funds on balance" });
  });

  it("reports malformed JSON as unexpected and does not retry it", async () => {
    const http = scriptedFetch(raw(200, '{"order": 12'));
    const request = orderRequest({ retry: { idempotent: true } });
    const error = await providerErrorOf(sendProviderRequest(request, { fetch: http.fetch }));
    expect(error).toMatchObject({ kind: "unexpected", message: "Malformed JSON in response (HTTP 200)" });
    expect(http.calls).toHaveLength(1);
  });

  it("names the missing field of a success body", async () => {
    const http = scriptedFetch(json(200, { data: [{ name: "x" }] }));
    const schema = z.object({ data: z.array(z.object({ id: z.string() })) });
    const request = { ...orderRequest(), responseSchema: schema };
    const error = await providerErrorOf(sendProviderRequest(request, { fetch: http.fetch }));
    expect(error.kind).toBe("unexpected");
    expect(error.message).toContain('field "data[0].id"');
  });

  it("treats an empty success body as a schema mismatch", async () => {
    const http = scriptedFetch(raw(200, ""));
    const error = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: http.fetch }));
    expect(error.kind).toBe("unexpected");
    expect(error.message).toContain("body");
  });

  it("masks secrets the provider echoes in its error message", async () => {
    const http = scriptedFetch(json(200, { error: `Invalid API key ${API_KEY}` }));
    const log = collectingSink();
    const error = await providerErrorOf(sendProviderRequest(orderRequest(), { fetch: http.fetch, logSink: log.sink }));
    expect(error.message).toBe(`Invalid API key ${REDACTED}`);
    expect(JSON.stringify(log.calls)).not.toContain(API_KEY);
  });

  it.each([
    ["throws", () => Promise.reject(new Error("database down"))],
    ["rejects later", () => new Promise<void>((_, reject) => setTimeout(() => reject(new Error("late")), 1))],
  ])("never fails the call when the sink %s", async (_label, sink) => {
    const warn = vi.spyOn(serverLog, "warn").mockImplementation(() => undefined);
    const http = scriptedFetch(json(200, { order: 5 }));
    await expect(sendProviderRequest(orderRequest(), { fetch: http.fetch, logSink: sink })).resolves.toEqual({ order: 5 });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
