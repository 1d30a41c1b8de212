import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { readRows } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors";
import { clearRateLimit, clearRateLimitsStartingWith, enforceRateLimit, hitRateLimit } from "@/lib/rate-limit";
import { rateLimitRules } from "@/lib/rate-limit/rules";
import { loginSlowdownMs } from "./login-slowdown";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "./password-hash";

export type AccountSummary = { id: string; email: string; name: string; sessionVersion: number };

const accountSummary = { id: true, email: true, name: true, sessionVersion: true } as const;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function isRegistrationOpen(): Promise<boolean> {
  return (await db.user.count()) === 0;
}

export const REGISTRATION_CLOSED_MESSAGE =
  "Registration is closed: this console already has its administrator. Sign in instead.";

/**
 * Creates the one SUPER_ADMIN. The unique index on `User.role` decides races:
 * of simultaneous first registrations, exactly one insert succeeds.
 */
export async function registerSuperAdmin(
  input: { name: string; email: string; password: string },
  clientIp: string | null,
): Promise<AccountSummary> {
  if (clientIp !== null) await enforceRateLimit(rateLimitRules.registerPerIp, clientIp, "Too many registration attempts");
  await enforceRateLimit(rateLimitRules.registerPerAccount, normalizeEmail(input.email), "Too many registration attempts");
  if (!(await isRegistrationOpen())) throw new UserFacingError(REGISTRATION_CLOSED_MESSAGE);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name.trim(), email: normalizeEmail(input.email), passwordHash, role: "SUPER_ADMIN" },
      select: accountSummary,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserFacingError(REGISTRATION_CLOSED_MESSAGE);
    throw error;
  }
}

export type AuthenticationResult =
  | { ok: true; account: AccountSummary }
  | { ok: false; reason: "invalid_credentials" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The per-(account, address) bucket subject; the account comes first so a reset can clear them all. */
const accountAtAddress = (email: string, clientIp: string) => `${email}|${clientIp}`;

/**
 * Checks credentials. Failures are limited per address and per account-and-address
 * (blocking that address only), and attempts on an account from anywhere are slowed
 * down, never blocked: a guesser cannot lock the administrator out, and a password
 * reset clears every limit on the account. Unknown accounts count alike, so the limits
 * reveal nothing. With no known address (no trusted proxy) only the slow-down applies.
 */
export async function authenticate(
  credentials: { email: string; password: string },
  clientIp: string | null,
  wait: (ms: number) => Promise<void> = pause,
): Promise<AuthenticationResult> {
  const email = normalizeEmail(credentials.email);
  if (clientIp !== null) {
    for (const [rule, subject] of [
      [rateLimitRules.loginPerIp, clientIp],
      [rateLimitRules.loginFailuresPerAccountAndIp, accountAtAddress(email, clientIp)],
    ] as const) {
      const verdict = await hitRateLimit(rule, subject);
      if (!verdict.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: verdict.retryAfterSeconds };
    }
  }
  const onAccount = await hitRateLimit(rateLimitRules.loginAttemptsPerAccount, email);
  const attempts = onAccount.allowed ? rateLimitRules.loginAttemptsPerAccount.limit - onAccount.remaining : Infinity;
  const delayMs = loginSlowdownMs(attempts);
  if (delayMs > 0) await wait(delayMs);

  const user = await db.user.findUnique({ where: { email }, select: { ...accountSummary, passwordHash: true } });
  const valid = user
    ? await verifyPassword(user.passwordHash, credentials.password)
    : await verifyAgainstDecoy(credentials.password);
  if (!user || !valid) return { ok: false, reason: "invalid_credentials" };

  await clearRateLimit(rateLimitRules.loginAttemptsPerAccount, email);
  if (clientIp !== null) await clearRateLimit(rateLimitRules.loginFailuresPerAccountAndIp, accountAtAddress(email, clientIp));
  const { passwordHash: _omitted, ...account } = user;
  return { ok: true, account };
}

/** After a password reset: the owner proved control of the mailbox, so every login limit on the account goes. */
export async function clearLoginLimits(email: string): Promise<void> {
  await clearRateLimit(rateLimitRules.loginAttemptsPerAccount, email);
  await clearRateLimitsStartingWith(rateLimitRules.loginFailuresPerAccountAndIp, accountAtAddress(email, ""));
}

/**
 * The account behind a session, or null when the session has ended: signed out (its
 * row ended), expired, or every session ended by a password change (version bumped).
 */
export async function findSessionAccount(
  userId: string,
  sessionVersion: number,
  sessionId: string,
): Promise<AccountSummary | null> {
  // Every page asks: one statement, straight to the pool (lib/db-sql.ts).
  const [user] = await readRows<AccountSummary>(Prisma.sql`SELECT u."id", u."email", u."name", u."sessionVersion" FROM "User" u
    WHERE u."id" = ${userId} AND u."sessionVersion" = ${sessionVersion} AND EXISTS (
      SELECT 1 FROM "AuthSession" s WHERE s."id" = ${sessionId} AND s."userId" = u."id" AND s."endedAt" IS NULL
        AND s."expiresAt" > (${new Date().toISOString()}::timestamptz AT TIME ZONE 'UTC'))`);
  return user ?? null;
}

/**
 * Replaces the password and bumps the session version, which signs out every
 * other session; the caller re-issues its own session with the new version.
 */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
): Promise<AccountSummary> {
  // A stolen session must not become a way to guess the current password.
  await enforceRateLimit(rateLimitRules.changePasswordPerAccount, userId, "Too many password changes");
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new UserFacingError("Your account no longer exists. Sign in again.");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new UserFacingError("The current password is not correct.");
  }
  if (input.currentPassword === input.newPassword) {
    throw new UserFacingError("Choose a new password that differs from the current one.");
  }
  return db.user.update({
    where: { id: userId },
    data: {
      passwordHash: await hashPassword(input.newPassword),
      passwordChangedAt: new Date(),
      sessionVersion: { increment: 1 },
    },
    select: accountSummary,
  });
}
