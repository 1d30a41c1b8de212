import { describe, expect, it } from "vitest";
import { FREE_LOGIN_ATTEMPTS, loginSlowdownMs } from "@/lib/auth/login-slowdown";

describe("loginSlowdownMs", () => {
  it("lets the first attempts through at once", () => {
    for (let attempt = 1; attempt <= FREE_LOGIN_ATTEMPTS; attempt++) expect(loginSlowdownMs(attempt)).toBe(0);
  });

  it("doubles the wait after that, up to a cap: slowed down, never blocked", () => {
    const waits = [1, 2, 3, 4, 5, 10, 1_000].map((beyond) => loginSlowdownMs(FREE_LOGIN_ATTEMPTS + beyond));
    expect(waits).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
    expect(loginSlowdownMs(Infinity)).toBe(8_000);
  });
});
