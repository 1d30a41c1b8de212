import { beforeAll, describe, expect, it } from "vitest";
import { authenticate, changePassword, findSessionAccount, registerSuperAdmin } from "@/lib/auth/accounts";
import { deleteFinishedAuthSessions, endAuthSession, startAuthSession } from "@/lib/auth/auth-sessions";
import { db } from "@/lib/db";
import { clearRateLimit } from "@/lib/rate-limit";
import { rateLimitRules } from "@/lib/rate-limit/rules";

const email = "owner@agency.test";
const noWait = async () => undefined;
const password = "blue canyon river 42";
let userId: string;

beforeAll(async () => {
  ({ id: userId } = await registerSuperAdmin({ name: "Owner", email, password }, "10.1.0.1"));
});

describe("authenticate", () => {
  it("accepts the right password whatever the e-mail's case", async () => {
    const result = await authenticate({ email: "OWNER@agency.test", password }, "10.1.0.2");
    expect(result).toMatchObject({ ok: true, account: { id: userId, email } });
  });

  it("says only 'invalid credentials' for a wrong password or an unknown account", async () => {
    expect(await authenticate({ email, password: "wrong password here" }, "10.1.0.3")).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
    expect(await authenticate({ email: "nobody@agency.test", password }, "10.1.0.3")).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  it("blocks an address that keeps guessing one account, and says when to retry", async () => {
    const target = "victim@agency.test";
    const ip = "10.2.0.1";
    const limit = rateLimitRules.loginFailuresPerAccountAndIp.limit;
    for (let i = 0; i < limit; i++) {
      expect(await authenticate({ email: target, password: "guess" }, ip, noWait)).toMatchObject({ ok: false });
    }
    const blocked = await authenticate({ email: target, password: "guess" }, ip, noWait);
    expect(blocked).toMatchObject({ ok: false, reason: "rate_limited" });
    if (blocked.ok || blocked.reason !== "rate_limited") throw new Error("expected a rate limit");
    expect(blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(rateLimitRules.loginFailuresPerAccountAndIp.windowSeconds);
  });

  it("cannot lock the administrator out: guesses from many addresses slow the account down, the right password still works", async () => {
    const waits: number[] = [];
    const recordWait = async (ms: number) => void waits.push(ms);
    for (let i = 0; i < 3 * rateLimitRules.loginFailuresPerAccountAndIp.limit; i++) {
      const guess = await authenticate({ email, password: "guess" }, `10.2.${10 + (i % 3)}.1`, recordWait);
      expect(guess).toMatchObject({ ok: false });
    }
    expect(waits.length).toBeGreaterThan(0);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));

    const owner = await authenticate({ email, password }, "10.2.99.1", recordWait);
    expect(owner).toMatchObject({ ok: true, account: { id: userId } });
    // A success clears the account's slow-down.
    const slowedBefore = waits.length;
    await authenticate({ email, password }, "10.2.99.1", recordWait);
    expect(waits).toHaveLength(slowedBefore);
  });

  it("with no known address (no trusted proxy), slows down but never blocks", async () => {
    const target = "unknown-address@agency.test";
    const waits: number[] = [];
    for (let i = 0; i < 12; i++) {
      const result = await authenticate({ email: target, password: "guess" }, null, async (ms) => void waits.push(ms));
      expect(result).toEqual({ ok: false, reason: "invalid_credentials" });
    }
    expect(waits.at(-1)).toBeGreaterThan(0);
  });

  it("limits attempts per IP across accounts", async () => {
    const ip = "10.3.0.1";
    for (let i = 0; i < rateLimitRules.loginPerIp.limit; i++) {
      await authenticate({ email: `spray${i}@agency.test`, password: "guess" }, ip);
    }
    expect(await authenticate({ email, password }, ip)).toMatchObject({ ok: false, reason: "rate_limited" });
  });
});

describe("changePassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    await expect(
      changePassword(userId, { currentPassword: "not my password", newPassword: "green valley stone 7" }),
    ).rejects.toThrow("The current password is not correct.");
    expect(await authenticate({ email, password }, "10.4.0.1")).toMatchObject({ ok: true });
  });

  it("ends every existing session and makes the new password the only one that works", async () => {
    const before = await authenticate({ email, password }, "10.4.0.2");
    if (!before.ok) throw new Error("login failed");
    const oldVersion = before.account.sessionVersion;

    const updated = await changePassword(userId, { currentPassword: password, newPassword: "green valley stone 7" });

    expect(updated.sessionVersion).toBe(oldVersion + 1);
    const sessionId = await startAuthSession(userId, 3600);
    expect(await findSessionAccount(userId, oldVersion, sessionId)).toBeNull();
    expect(await findSessionAccount(userId, updated.sessionVersion, sessionId)).toMatchObject({ id: userId });
    expect(await authenticate({ email, password }, "10.4.0.3")).toMatchObject({ ok: false });
    expect(await authenticate({ email, password: "green valley stone 7" }, "10.4.0.4")).toMatchObject({ ok: true });
  });

  it("limits attempts, so a stolen session cannot guess the current password", async () => {
    const id = userId;
    await clearRateLimit(rateLimitRules.changePasswordPerAccount, id);
    for (let i = 0; i < rateLimitRules.changePasswordPerAccount.limit; i++) {
      await expect(changePassword(id, { currentPassword: `guess ${i} xyz`, newPassword: "green valley stone 8" })).rejects.toThrow(
        "The current password is not correct.",
      );
    }
    await expect(changePassword(id, { currentPassword: "guess again", newPassword: "green valley stone 8" })).rejects.toThrow(
      /^Too many password changes\. Try again in \d+ minutes?\.$/,
    );
  });
});

describe("sign-in sessions", () => {
  it("ends one session on logout, at once, and leaves the others alive", async () => {
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const signedOut = await startAuthSession(userId, 3600);
    const otherDevice = await startAuthSession(userId, 3600);
    expect(await findSessionAccount(userId, sessionVersion, signedOut)).toMatchObject({ id: userId });

    await endAuthSession(signedOut);

    expect(await findSessionAccount(userId, sessionVersion, signedOut)).toBeNull();
    expect(await findSessionAccount(userId, sessionVersion, otherDevice)).toMatchObject({ id: userId });
  });

  it("refuses an expired or unknown session, and purges finished ones after a day", async () => {
    const { sessionVersion } = await db.user.findUniqueOrThrow({ where: { id: userId } });
    const expired = await startAuthSession(userId, 3600);
    await db.authSession.update({ where: { id: expired }, data: { expiresAt: new Date(Date.now() - 2 * 86_400_000) } });
    expect(await findSessionAccount(userId, sessionVersion, expired)).toBeNull();
    expect(await findSessionAccount(userId, sessionVersion, "made-up")).toBeNull();

    expect(await deleteFinishedAuthSessions()).toBeGreaterThanOrEqual(1);
    expect(await db.authSession.findUnique({ where: { id: expired } })).toBeNull();
  });
});
