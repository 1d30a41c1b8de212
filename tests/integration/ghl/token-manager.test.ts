import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { GhlNeedsReconnectError } from "@/lib/ghl/errors";
import { withAgencyApi } from "@/lib/ghl/ghl-calls";
import { getAgencyToken, refreshAgencyToken } from "@/lib/ghl/token-manager";
import { ghlClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core/provider-error";
import { runRefreshStorm } from "../../../bench/storm-processes";
import { connectSandboxAgency, expireStoredToken, setUpGhlTests } from "./ghl-fixtures";

const { control, ghlControl } = setUpGhlTests();

async function storedConnection() {
  return db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } });
}

/** Token-endpoint calls after the connection's code exchange. */
async function tokenRequests(): Promise<number> {
  return (await control.requests({ provider: "ghl", path: "/api/oauth/token" })).length - 1;
}

describe("getAgencyToken", () => {
  it("answers a valid token from one database round trip, without calling GoHighLevel", async () => {
    await connectSandboxAgency();
    await getAgencyToken(); // warms the pool: connecting is not a round trip of the call
    const query = vi.spyOn(pg.Client.prototype, "query");

    const token = await getAgencyToken();

    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    expect(token.accessToken).toBe(decryptSecret((await storedConnection()).accessToken));
    expect(await tokenRequests()).toBe(0);
  });

  it("refreshes ahead of expiry, storing both rotated tokens sealed", async () => {
    await connectSandboxAgency();
    const before = await storedConnection();
    await db.ghlConnection.update({ where: { id: "agency" }, data: { accessTokenExpiresAt: new Date(Date.now() + 5 * 60_000) } });

    const token = await getAgencyToken();

    const after = await storedConnection();
    expect((await ghlControl.counters()).refreshes).toBe(1);
    expect(decryptSecret(after.accessToken)).toBe(token.accessToken);
    expect(decryptSecret(after.refreshToken)).not.toBe(decryptSecret(before.refreshToken));
    expect(after.accessToken).toMatch(/^test1:/);
    expect(after.refreshToken).not.toContain(decryptSecret(after.refreshToken));
    expect(after).toMatchObject({ state: "CONNECTED", consecutiveFailures: 0, refreshClaimId: null });
    expect(after.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 86_000_000);
  });

  it("200 callers in 4 processes on an expired token: exactly one refresh, and every caller gets the new token", async () => {
    await connectSandboxAgency();
    await expireStoredToken();

    const results = await runRefreshStorm({ processes: 4, callersPerProcess: 50, environment: process.env });

    const stored = decryptSecret((await storedConnection()).accessToken);
    expect(results).toHaveLength(200);
    expect(results.filter((result) => !result.ok)).toEqual([]);
    expect(new Set(results.map((result) => (result.ok ? result.token : result.error)))).toEqual(new Set([stored]));
    expect(await ghlControl.counters()).toMatchObject({ refreshes: 1, refusedRefreshes: 0 });
  }, 180_000); // Four processes start (and compile with tsx) on a shared 2-core machine.
});

describe("refresh failures never lose the connection", () => {
  it("a reused refresh token (invalid_grant) marks NEEDS_RECONNECT, keeps the old tokens, alerts, and stops calling GoHighLevel", async () => {
    await connectSandboxAgency();
    const before = await storedConnection();
    // Someone else spends the stored refresh token (e.g. a copy of the database refreshed it).
    await ghlClient().refreshGhlToken({ refreshToken: decryptSecret(before.refreshToken), userType: "Company" });
    await expireStoredToken();

    await expect(getAgencyToken()).rejects.toBeInstanceOf(GhlNeedsReconnectError);

    const after = await storedConnection();
    expect(after).toMatchObject({ state: "NEEDS_RECONNECT", accessToken: before.accessToken, refreshToken: before.refreshToken });
    expect(after.lastError).toContain("reconnect");
    expect(await db.alert.findMany({ where: { openKey: { not: null } } })).toMatchObject([
      { kind: "ghl.needs_reconnect", subjectKey: "agency", severity: "CRITICAL", href: "/integrations/ghl" },
    ]);
    const calls = await tokenRequests();
    await expect(getAgencyToken()).rejects.toBeInstanceOf(GhlNeedsReconnectError);
    await expect(refreshAgencyToken({ mode: "scheduled" })).rejects.toBeInstanceOf(GhlNeedsReconnectError);
    expect(await tokenRequests()).toBe(calls);
  });

  it("reconnecting resolves the alert", async () => {
    await connectSandboxAgency();
    await db.ghlConnection.update({ where: { id: "agency" }, data: { refreshToken: (await storedConnection()).accessToken } });
    await expireStoredToken();
    await expect(getAgencyToken()).rejects.toBeInstanceOf(GhlNeedsReconnectError);

    await connectSandboxAgency();

    expect((await storedConnection()).state).toBe("CONNECTED");
    expect(await db.alert.findMany({ where: { openKey: { not: null } } })).toEqual([]);
    expect(await getAgencyToken()).toMatchObject({ accessToken: expect.any(String) });
  });

  it("a refresh whose answer is lost is not retried: the old token keeps serving until a scheduled check reconciles", async () => {
    await connectSandboxAgency();
    const before = await storedConnection();
    await db.ghlConnection.update({ where: { id: "agency" }, data: { accessTokenExpiresAt: new Date(Date.now() + 5 * 60_000) } });
    await control.injectFault({ provider: "ghl", path: "/api/oauth/token", mode: "timeout" });

    const token = await getAgencyToken();
    expect(token.accessToken).toBe(decryptSecret(before.accessToken));
    expect(await storedConnection()).toMatchObject({ state: "REFRESH_UNCERTAIN", refreshToken: before.refreshToken, consecutiveFailures: 1 });

    // Ordinary callers do not touch the uncertain refresh token.
    await getAgencyToken();
    expect(await tokenRequests()).toBe(1);

    // The scheduled check tries the stored refresh token once: here the lost request never rotated it.
    await refreshAgencyToken({ mode: "scheduled" });
    expect(await storedConnection()).toMatchObject({ state: "CONNECTED", consecutiveFailures: 0 });
    expect(await tokenRequests()).toBe(2);
  });

  it("reconciling a lost refresh that did rotate the token ends in NEEDS_RECONNECT with the reason", async () => {
    await connectSandboxAgency();
    const before = await storedConnection();
    await ghlClient().refreshGhlToken({ refreshToken: decryptSecret(before.refreshToken), userType: "Company" });
    await db.ghlConnection.update({ where: { id: "agency" }, data: { state: "REFRESH_UNCERTAIN" } });

    await expect(refreshAgencyToken({ mode: "scheduled" })).rejects.toBeInstanceOf(GhlNeedsReconnectError);
    expect((await storedConnection()).lastError).toContain("earlier refresh's answer was lost");
  });

  it("a 5xx or 429 from the token endpoint keeps the connection; a 429 waits for Retry-After", async () => {
    await connectSandboxAgency();
    await db.ghlConnection.update({ where: { id: "agency" }, data: { accessTokenExpiresAt: new Date(Date.now() + 5 * 60_000) } });
    await control.injectFault({ provider: "ghl", path: "/api/oauth/token", mode: "rate_limit", retryAfterSeconds: 120 });

    await getAgencyToken();
    const limited = await storedConnection();
    expect(limited.state).toBe("CONNECTED");
    expect(limited.retryNotBefore!.getTime()).toBeGreaterThan(Date.now() + 100_000);
    await getAgencyToken();
    expect(await tokenRequests()).toBe(1);

    await db.ghlConnection.update({ where: { id: "agency" }, data: { retryNotBefore: null } });
    await control.injectFault({ provider: "ghl", path: "/api/oauth/token", mode: "http_500" });
    await getAgencyToken();
    expect((await storedConnection()).state).toBe("REFRESH_UNCERTAIN");
  });
});

describe("a 401 from GoHighLevel", () => {
  it("forces one refresh and one retry", async () => {
    await connectSandboxAgency();
    const stale = decryptSecret((await storedConnection()).accessToken);
    await ghlControl.revokeToken({ token: stale });

    const locations = await withAgencyApi((api, token) => api.searchLocations({ companyId: token.ghlCompanyId }));

    expect(locations.length).toBeGreaterThan(0);
    expect((await ghlControl.counters()).refreshes).toBe(1);
    expect(await control.requests({ provider: "ghl", path: "/api/locations/search" })).toHaveLength(2);
  });

  it("is returned to the caller when the retry is refused too: no second refresh", async () => {
    await connectSandboxAgency();
    const alwaysRevoked = withAgencyApi(async (api, token) => {
      await ghlControl.revokeToken({ token: token.accessToken });
      return api.searchLocations({ companyId: token.ghlCompanyId });
    });

    const error = await alwaysRevoked.catch((caught: unknown) => caught);

    expect(isProviderError(error) && error.httpStatus).toBe(401);
    expect((await ghlControl.counters()).refreshes).toBe(1);
    expect(await control.requests({ provider: "ghl", path: "/api/locations/search" })).toHaveLength(2);
  });
});
