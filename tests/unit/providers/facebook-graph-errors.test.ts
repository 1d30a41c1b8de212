import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createGraphResponseClassifier,
  GRAPH_THROTTLE_FALLBACK_SECONDS,
} from "@/lib/providers/facebook/classify-graph-response";
import { readGraphUsage } from "@/lib/providers/facebook/graph-usage-headers";

const classify = createGraphResponseClassifier("Facebook");

const RATE_LIMIT_CODES = [4, 17, 32, 613, 80_000, 80_001, 80_014];
const KNOWN_CODES = new Set([1, 2, 102, 190, 4, 17, 32, 613]);
const isBusinessUseCaseCode = (code: number) => code >= 80_000 && code <= 80_014;

const head = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });
const graphError = (code: number | string, extra: Record<string, unknown> = {}) => ({
  error: { message: "Graph says no", type: "OAuthException", code, fbtrace_id: "Ax", ...extra },
});
const errorStatus = fc.constantFrom(200, 400, 403, 500);

describe("Graph error classification", () => {
  it("treats code 190 and 102 as auth, keeping the subcode", () => {
    fc.assert(
      fc.property(fc.constantFrom(102, 190), fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: undefined }), errorStatus, (code, subcode, status) => {
        const failure = classify(head(status), graphError(code, { error_subcode: subcode }));
        expect(failure).toMatchObject({
          kind: "auth",
          providerCode: subcode === undefined ? String(code) : `${code}/${subcode}`,
        });
        expect(failure?.message).toMatch(/^Facebook must be reconnected: /);
      }),
    );
  });

  it("names the reason for the known subcodes", () => {
    const reasons: [number, string][] = [
      [458, "removed the app"],
      [459, "security checkpoint"],
      [460, "changed their password"],
      [463, "expired"],
      [464, "not confirmed"],
      [467, "revoked or the user logged out"],
    ];
    for (const [subcode, reason] of reasons) {
      expect(classify(head(400), graphError(190, { error_subcode: subcode }))?.message).toContain(reason);
    }
  });

  it("treats codes 1 and 2 as transient, as numbers or as text", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 2), fc.boolean(), errorStatus, (code, asText, status) => {
        const failure = classify(head(status), graphError(asText ? String(code) : code));
        expect(failure).toMatchObject({ kind: "transient", providerCode: String(code) });
      }),
    );
  });

  it("does not call a wrong app secret temporary, although Graph reports it with code 1", () => {
    const failure = classify(head(400), { error: { message: "Error validating client secret.", type: "OAuthException", code: 1 } });
    expect(failure).toMatchObject({ kind: "invalid_request", providerCode: "1" });
  });

  it("treats the throttling codes as rate limited, with a wait even when Graph gives no hint", () => {
    fc.assert(
      fc.property(fc.constantFrom(...RATE_LIMIT_CODES), errorStatus, (code, status) => {
        expect(classify(head(status), graphError(code))).toMatchObject({
          kind: "rate_limited",
          providerCode: String(code),
          retryAfterSeconds: GRAPH_THROTTLE_FALLBACK_SECONDS,
        });
      }),
    );
  });

  it("prefers Retry-After, then the business use case estimate, for the wait", () => {
    const usage = JSON.stringify({ "123": [{ type: "pages", call_count: 99, estimated_time_to_regain_access: 3 }] });
    expect(classify(head(429, { "retry-after": "12", "x-business-use-case-usage": usage }), graphError(4))).toMatchObject({ retryAfterSeconds: 12 });
    expect(classify(head(400, { "x-business-use-case-usage": usage }), graphError(32))).toMatchObject({ retryAfterSeconds: 180 });
  });

  it("treats every other code as an invalid request carrying Graph's message", () => {
    const otherCode = fc.integer({ min: 0, max: 100_000 }).filter((code) => !KNOWN_CODES.has(code) && !isBusinessUseCaseCode(code));
    fc.assert(
      fc.property(otherCode, errorStatus, fc.string(), (code, status, message) => {
        const failure = classify(head(status), { error: { message, code } });
        expect(failure).toEqual({ kind: "invalid_request", providerCode: String(code), message: `${message} (Graph error ${code})` });
      }),
    );
  });

  it("falls back to the HTTP status when the body holds no Graph error", () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((body) => typeof body !== "object" || body === null || !("error" in body)), (body) => {
        expect(classify(head(200), body)).toBeNull();
        expect(classify(head(502), body)).toMatchObject({ kind: "transient", message: "Facebook answered HTTP 502" });
        expect(classify(head(401), body)).toMatchObject({ kind: "auth" });
      }),
    );
    expect(classify(head(503), { error: { message: "down for maintenance" } })).toMatchObject({ kind: "transient", message: "down for maintenance" });
  });
});

describe("Graph usage headers", () => {
  const percent = fc.integer({ min: 0, max: 100 });

  it("summarise X-App-Usage", () => {
    fc.assert(
      fc.property(percent, percent, percent, (calls, cpu, time) => {
        const usage = readGraphUsage(new Headers({ "x-app-usage": JSON.stringify({ call_count: calls, total_cputime: cpu, total_time: time }) }));
        expect(usage).toEqual({ summary: `app call_count ${calls}%, total_cputime ${cpu}%, total_time ${time}%`, secondsUntilAccessRegained: null });
      }),
    );
  });

  it("take the longest business use case estimate, in minutes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("pages", "instagram", "ads_management"), fc.integer({ min: 0, max: 1_440 })), { minLength: 1, maxLength: 4 }), (useCases) => {
        const header = { "1": useCases.map(([type, minutes]) => ({ type, call_count: 100, estimated_time_to_regain_access: minutes })) };
        const usage = readGraphUsage(new Headers({ "x-business-use-case-usage": JSON.stringify(header) }));
        const longest = Math.max(...useCases.map(([, minutes]) => minutes));
        expect(usage.secondsUntilAccessRegained).toBe(longest === 0 ? null : longest * 60);
      }),
    );
  });

  it("ignore headers that are not what Graph sends", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (appUsage, businessUsage) => {
        const usage = readGraphUsage(new Headers({ "x-app-usage": appUsage, "x-business-use-case-usage": businessUsage }));
        expect(usage.secondsUntilAccessRegained === null || usage.secondsUntilAccessRegained >= 0).toBe(true);
      }),
    );
    expect(readGraphUsage(new Headers({ "x-app-usage": "{not json" }))).toEqual({ summary: null, secondsUntilAccessRegained: null });
  });
});
