import { describe, expect, it } from "vitest";
import { classifyByHttpStatus } from "../../../lib/providers/core/response-classification";
import { parseRetryAfterSeconds } from "../../../lib/providers/core/retry-after";
import { classifyResendResponse } from "../../../lib/providers/resend/classify-resend-response";

const head = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

describe("classifyByHttpStatus", () => {
  const details = { message: "provider said no", providerCode: "E1" };

  it.each([200, 201, 204])("treats %i as success", (status) => {
    expect(classifyByHttpStatus(head(status), details)).toBeNull();
  });

  it.each([
    [401, "auth"],
    [403, "auth"],
    [408, "transient"],
    [500, "transient"],
    [502, "transient"],
    [503, "transient"],
    [400, "invalid_request"],
    [404, "invalid_request"],
    [409, "invalid_request"],
    [422, "invalid_request"],
    [302, "unexpected"],
  ] as const)("maps %i to %s and keeps the provider's message", (status, kind) => {
    expect(classifyByHttpStatus(head(status), details)).toEqual({ kind, ...details });
  });

  it("reads Retry-After on 429", () => {
    expect(classifyByHttpStatus(head(429, { "retry-after": "7" }), details)).toEqual({
      kind: "rate_limited",
      ...details,
      retryAfterSeconds: 7,
    });
    expect(classifyByHttpStatus(head(429), details)?.retryAfterSeconds).toBeUndefined();
  });
});

describe("parseRetryAfterSeconds", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");

  it("reads delta-seconds, rounding up", () => {
    expect(parseRetryAfterSeconds("5", now)).toBe(5);
    expect(parseRetryAfterSeconds(" 1.2 ", now)).toBe(2);
    expect(parseRetryAfterSeconds("0", now)).toBe(0);
  });

  it("reads HTTP dates relative to now, never negative", () => {
    expect(parseRetryAfterSeconds("Wed, 01 Jan 2025 00:00:30 GMT", now)).toBe(30);
    expect(parseRetryAfterSeconds("Tue, 31 Dec 2024 23:00:00 GMT", now)).toBe(0);
  });

  it("returns undefined for missing or unreadable values", () => {
    expect(parseRetryAfterSeconds(null, now)).toBeUndefined();
    expect(parseRetryAfterSeconds("soon", now)).toBeUndefined();
    expect(parseRetryAfterSeconds("-3", now)).toBeUndefined();
  });
});

describe("classifyResendResponse", () => {
  const error = (statusCode: number, name: string, message = `${name} message`) => ({ statusCode, name, message });

  it("treats 2xx as success", () => {
    expect(classifyResendResponse(head(200), { id: "x" })).toBeNull();
  });

  it.each([
    [401, "missing_api_key", "auth"],
    [401, "restricted_api_key", "auth"],
    [403, "invalid_api_key", "auth"],
    [403, "validation_error", "invalid_request"],
    [400, "invalid_idempotency_key", "invalid_request"],
    [422, "validation_error", "invalid_request"],
    [409, "invalid_idempotent_request", "invalid_request"],
    [409, "concurrent_idempotent_requests", "transient"],
    [500, "internal_server_error", "transient"],
  ] as const)("maps %i %s to %s with Resend's message and name", (status, name, kind) => {
    expect(classifyResendResponse(head(status), error(status, name))).toEqual({
      kind,
      message: `${name} message`,
      providerCode: name,
    });
  });

  it("reports 429 as rate limited with Retry-After", () => {
    expect(classifyResendResponse(head(429, { "retry-after": "2" }), error(429, "rate_limit_exceeded"))).toMatchObject({
      kind: "rate_limited",
      retryAfterSeconds: 2,
      providerCode: "rate_limit_exceeded",
    });
  });

  it("copes with bodies that are not Resend errors", () => {
    expect(classifyResendResponse(head(502), undefined)).toEqual({
      kind: "transient",
      message: "Resend answered HTTP 502",
      providerCode: undefined,
    });
    expect(classifyResendResponse(head(422), { message: ["a", "b"], name: 5 })).toEqual({
      kind: "invalid_request",
      message: "Resend answered HTTP 422",
      providerCode: undefined,
    });
  });
});
