import { describe, expect, it } from "vitest";
import { accessEndsAt, displayStatus, instagramTokenRefreshable, refreshDueAt } from "@/lib/social/platforms";
import { expiryCountdown } from "@/lib/social/countdown";

const NOW = new Date("2026-12-05T12:00:00Z");
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms);

describe("when a token is due for renewal", () => {
  it("TikTok: 2 hours before the access token ends", () => {
    expect(refreshDueAt({ platform: "TIKTOK", tokenExpiresAt: at(24 * HOUR), tokenIssuedAt: NOW })).toEqual(at(22 * HOUR));
  });

  it("Meta user tokens: 10 days before the end", () => {
    for (const platform of ["FACEBOOK_PAGE", "INSTAGRAM_FACEBOOK"] as const) {
      expect(refreshDueAt({ platform, tokenExpiresAt: at(60 * DAY), tokenIssuedAt: NOW })).toEqual(at(50 * DAY));
    }
  });

  it("Instagram Login: 10 days before the end, never before the token is 24 hours old", () => {
    expect(refreshDueAt({ platform: "INSTAGRAM_LOGIN", tokenExpiresAt: at(60 * DAY), tokenIssuedAt: NOW })).toEqual(at(50 * DAY));
    expect(refreshDueAt({ platform: "INSTAGRAM_LOGIN", tokenExpiresAt: at(5 * DAY), tokenIssuedAt: NOW })).toEqual(at(DAY));
    expect(instagramTokenRefreshable({ tokenIssuedAt: NOW, tokenExpiresAt: at(60 * DAY) }, at(23 * HOUR))).toBe(false);
    expect(instagramTokenRefreshable({ tokenIssuedAt: NOW, tokenExpiresAt: at(60 * DAY) }, at(24 * HOUR))).toBe(true);
    expect(instagramTokenRefreshable({ tokenIssuedAt: NOW, tokenExpiresAt: at(2 * DAY) }, at(3 * DAY))).toBe(false);
  });

  it("never for tokens that do not expire", () => {
    expect(refreshDueAt({ platform: "FACEBOOK_PAGE", tokenExpiresAt: null, tokenIssuedAt: NOW })).toBeNull();
  });
});

describe("the status badge", () => {
  const account = (overrides: Partial<Parameters<typeof displayStatus>[0]>) =>
    displayStatus({ platform: "INSTAGRAM_LOGIN", status: "CONNECTED", tokenExpiresAt: at(30 * DAY), refreshTokenExpiresAt: null, ...overrides }, NOW);

  it("is 'expiring' when access ends within 3 days", () => {
    expect(account({})).toBe("connected");
    expect(account({ tokenExpiresAt: at(2 * DAY) })).toBe("expiring");
  });

  it("judges TikTok by its refresh token: the daily access token is renewed anyway", () => {
    const tiktok = { platform: "TIKTOK" as const, tokenExpiresAt: at(HOUR) };
    expect(account({ ...tiktok, refreshTokenExpiresAt: at(300 * DAY) })).toBe("connected");
    expect(account({ ...tiktok, refreshTokenExpiresAt: at(DAY) })).toBe("expiring");
    expect(accessEndsAt({ ...tiktok, refreshTokenExpiresAt: at(DAY) })).toEqual(at(DAY));
  });

  it("says needs reconnect and disconnected whatever the expiry", () => {
    expect(account({ status: "NEEDS_RECONNECT", tokenExpiresAt: at(DAY) })).toBe("needs_reconnect");
    expect(account({ status: "DISCONNECTED" })).toBe("disconnected");
  });
});

describe("the expiry countdown", () => {
  it("speaks in days, hours or minutes, and of the past", () => {
    expect(expiryCountdown(at(59 * DAY + HOUR), NOW)).toBe("expires in 59 days");
    expect(expiryCountdown(at(23 * HOUR + 59 * 60_000), NOW)).toBe("expires in 23 hours");
    expect(expiryCountdown(at(90 * 60_000), NOW)).toBe("expires in 90 minutes");
    expect(expiryCountdown(at(-3 * HOUR), NOW)).toBe("expired 3 hours ago");
    expect(expiryCountdown(null, NOW)).toBe("never expires");
  });
});
