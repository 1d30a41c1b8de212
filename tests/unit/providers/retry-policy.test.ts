import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ProviderError, type ProviderErrorKind } from "../../../lib/providers/core/provider-error";
import { DEFAULT_RETRY_POLICY, nextRetryDelayMs } from "../../../lib/providers/core/retry-policy";

const failure = (kind: ProviderErrorKind, retryAfterSeconds?: number) =>
  new ProviderError({ kind, provider: "fampage", action: "status", message: "x", retryAfterSeconds });
const half = () => 0.5;

describe("nextRetryDelayMs", () => {
  it("never retries a non-idempotent request", () => {
    for (const kind of ["transient", "rate_limited"] as const) {
      expect(nextRetryDelayMs(failure(kind), 1, { idempotent: false }, half)).toBeNull();
    }
  });

  it.each(["auth", "invalid_request", "unexpected"] as const)("never retries %s failures", (kind) => {
    expect(nextRetryDelayMs(failure(kind), 1, { idempotent: true }, half)).toBeNull();
  });

  it("stops after maxAttempts", () => {
    const policy = { idempotent: true, maxAttempts: 2 };
    expect(nextRetryDelayMs(failure("transient"), 1, policy, half)).not.toBeNull();
    expect(nextRetryDelayMs(failure("transient"), 2, policy, half)).toBeNull();
    expect(nextRetryDelayMs(failure("transient"), DEFAULT_RETRY_POLICY.maxAttempts, { idempotent: true }, half)).toBeNull();
  });

  it("doubles the backoff step up to maxDelayMs", () => {
    const policy = { idempotent: true, maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 500 };
    const top = () => 0.999_999;
    const delays = [1, 2, 3, 4, 5].map((attempt) => Math.round(nextRetryDelayMs(failure("transient"), attempt, policy, top) ?? -1));
    expect(delays).toEqual([100, 200, 400, 500, 500]);
  });

  it("keeps jittered delays between half and all of the step", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, random) => {
        const policy = { idempotent: true, maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 10_000 };
        const step = Math.min(10_000, 100 * 2 ** (attempt - 1));
        const delay = nextRetryDelayMs(failure("transient"), attempt, policy, () => random);
        expect(delay).not.toBeNull();
        expect(delay).toBeGreaterThanOrEqual(step / 2);
        expect(delay).toBeLessThanOrEqual(step);
      }),
    );
  });

  it("waits exactly Retry-After when it is within the cap", () => {
    const policy = { idempotent: true, maxRetryAfterSeconds: 10 };
    expect(nextRetryDelayMs(failure("rate_limited", 3), 1, policy, half)).toBe(3_000);
    expect(nextRetryDelayMs(failure("rate_limited", 10), 1, policy, half)).toBe(10_000);
  });

  it("hands a Retry-After beyond the cap back to the caller", () => {
    expect(nextRetryDelayMs(failure("rate_limited", 11), 1, { idempotent: true, maxRetryAfterSeconds: 10 }, half)).toBeNull();
  });

  it("backs off exponentially on a 429 without Retry-After", () => {
    expect(nextRetryDelayMs(failure("rate_limited"), 1, { idempotent: true, baseDelayMs: 100 }, half)).toBe(75);
  });
});
