import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetEmail } from "@/lib/mail/templates/password-reset";
import { enforceRateLimit } from "@/lib/rate-limit";
import { rateLimitRules } from "@/lib/rate-limit/rules";
import { clearLoginLimits, normalizeEmail } from "./accounts";
import { hashPassword } from "./password-hash";
import { generateResetToken, hashResetToken, RESET_TOKEN_TTL_MINUTES } from "./reset-token";

/**
 * Limits are checked per IP and per address before anything else, and apply
 * identically whether the address is registered, so they reveal nothing.
 */
export async function checkPasswordResetAllowed(email: string, clientIp: string | null): Promise<void> {
  const what = "Too many reset requests";
  if (clientIp !== null) await enforceRateLimit(rateLimitRules.forgotPasswordPerIp, clientIp, what);
  await enforceRateLimit(rateLimitRules.forgotPasswordPerAccount, normalizeEmail(email), what);
}

/**
 * Issues a single-use link valid 30 minutes and e-mails it. Does nothing for an
 * unknown address; callers answer the same either way.
 */
export async function sendPasswordResetLink(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) } });
  if (!user) return;

  const token = generateResetToken();
  const resetToken = await db.$transaction(async (tx) => {
    // Only the newest link works: an older one in a forgotten mail is dead.
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    return tx.passwordResetToken.create({
      data: {
        userId: user.id,
        tokenHash: hashResetToken(token),
        expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000),
      },
    });
  });

  const resetUrl = new URL("/reset-password", env().APP_URL);
  resetUrl.searchParams.set("token", token);
  await sendMail({
    to: user.email,
    ...passwordResetEmail({ name: user.name, resetUrl: resetUrl.toString(), validMinutes: RESET_TOKEN_TTL_MINUTES }),
    idempotencyKey: `password-reset/${resetToken.id}`,
    // The link is a live credential for 30 minutes: keep it out of the integration log.
    secrets: [token],
  });
}

export const FORGOT_PASSWORD_CONFIRMATION =
  "If an account uses this address, a reset link is on its way. It works once, for 30 minutes.";

export const INVALID_RESET_LINK_MESSAGE =
  "This reset link is invalid, already used or expired. Request a new one from the sign-in page.";

/**
 * Consumes the token exactly once, sets the password, signs out every session and lifts
 * every login limit on the account: a reset is always the way back in.
 */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const tokenHash = hashResetToken(token);
  const passwordHash = await hashPassword(newPassword);
  const email = await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new UserFacingError(INVALID_RESET_LINK_MESSAGE);
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash } });
    await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
      select: { email: true },
    });
    return user.email;
  });
  await clearLoginLimits(email);
}

/** Whether a link is still usable, so the page can say so before the form is filled. */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const found = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  return Boolean(found && !found.usedAt && found.expiresAt > new Date());
}
