import { describe, expect, it } from "vitest";
import { generateResetToken, hashResetToken } from "@/lib/auth/reset-token";

describe("reset tokens", () => {
  it("are 256-bit URL-safe strings, different every time", () => {
    const tokens = new Set(Array.from({ length: 100 }, generateResetToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[\w-]{43}$/);
  });

  it("are stored as a SHA-256 digest that does not contain the token", () => {
    const token = generateResetToken();
    const digest = hashResetToken(token);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digest).toBe(hashResetToken(token));
    expect(digest).not.toContain(token);
    expect(hashResetToken(generateResetToken())).not.toBe(digest);
  });
});
