import { describe, expect, it } from "vitest";
import { clearRateLimit, enforceRateLimit, hitRateLimit } from "@/lib/rate-limit";
import { RateLimitedError } from "@/lib/errors";

describe("Postgres-backed rate limits", () => {
  it("admits exactly the limit under concurrent hits", async () => {
    const rule = { name: "test:concurrent", limit: 10, windowSeconds: 60 };
    const verdicts = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit(rule, "subject")));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(10);
    expect(verdicts.filter((verdict) => !verdict.allowed)).toHaveLength(15);
  });

  it("keeps subjects apart and opens again when the window ends", async () => {
    const rule = { name: "test:window", limit: 1, windowSeconds: 1 };
    expect(await hitRateLimit(rule, "a")).toMatchObject({ allowed: true });
    expect(await hitRateLimit(rule, "b")).toMatchObject({ allowed: true });
    expect(await hitRateLimit(rule, "a")).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await hitRateLimit(rule, "a")).toMatchObject({ allowed: true });
  });

  it("explains when to retry, and can be cleared", async () => {
    const rule = { name: "test:enforce", limit: 1, windowSeconds: 600 };
    await enforceRateLimit(rule, "x", "Too many tries");
    const refusal = enforceRateLimit(rule, "x", "Too many tries");
    await expect(refusal).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refusal).rejects.toThrow("Too many tries. Try again in 10 minutes.");
    await clearRateLimit(rule, "X");
    await expect(enforceRateLimit(rule, "x", "Too many tries")).resolves.toBeUndefined();
  });
});
