import { passwordResetRequested } from "@/inngest/events";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetEmail } from "@/lib/mail/templates/password-reset";
import { enforceRateLimit } from "@/lib/rate-limit";
import { rateLimitRules } from "@/lib/rate-limit/rules";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { normalizeEmail } from "./accounts";
import { hashPassword } from "./password-hash";
import { generateResetToken, hashResetToken, RESET_TOKEN_TTL_MINUTES } from "./reset-token";

/**
 * Limits are checked per IP and per address before anything else, and apply
 * identically whether the address is registered, so they reveal nothing.
 */
export async function checkPasswordResetAllowed(email: string, clientIp: string): Promise<void> {
  const what = "Too many reset requests";
  await enforceRateLimit(rateLimitRules.forgotPasswordPerIp, clientIp, what);
  await enforceRateLimit(rateLimitRules.forgotPasswordPerAccount, normalizeEmail(email), what);
}

/**
 * Records the request for the reset workflow in one insert, identical for
 * known and unknown addresses, so neither the answer nor its timing reveals
 * whether an account exists. The e-mail is sent by the workflow, with retries.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await enqueueEvent(db, passwordResetRequested, { email: normalizeEmail(email) });
}

/**
 * Issues a single-use link valid 30 minutes for the request, once: a retried
 * step finds the link it already issued. Returns null for an unknown address.
 * The token is kept encrypted only until its e-mail is sent.
 */
export async function issuePasswordResetLink(email: string, requestId: string): Promise<{ resetTokenId: string } | null> {
  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true } });
  if (!user) return null;
  const issued = await db.passwordResetToken.findUnique({ where: { requestId }, select: { id: true } });
  if (issued) return { resetTokenId: issued.id };

  const token = generateResetToken();
  const resetToken = await db.$transaction(async (tx) => {
    // Only the newest link works: an older one in a forgotten mail is dead.
    await tx.passwordResetToken.deleteMany({ where: { userId: user.id, usedAt: null } });
    return tx.passwordResetToken.create({
      data: {
        userId: user.id,
        requestId,
        tokenHash: hashResetToken(token),
        sealedToken: encryptSecret(token),
        expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MINUTES * 60_000),
      },
    });
  });
  return { resetTokenId: resetToken.id };
}

/**
 * E-mails an issued link (Resend's idempotency key makes a retried send one
 * mail), then forgets the token. A link replaced or used meanwhile is not sent.
 */
export async function emailPasswordResetLink(resetTokenId: string): Promise<"sent" | "no longer valid"> {
  const resetToken = await db.passwordResetToken.findUnique({ where: { id: resetTokenId }, include: { user: true } });
  if (!resetToken?.sealedToken || resetToken.usedAt || resetToken.expiresAt <= new Date()) return "no longer valid";
  const token = decryptSecret(resetToken.sealedToken);
  const resetUrl = new URL("/reset-password", env().APP_URL);
  resetUrl.searchParams.set("token", token);
  await sendMail({
    to: resetToken.user.email,
    ...passwordResetEmail({ name: resetToken.user.name, resetUrl: resetUrl.toString(), validMinutes: RESET_TOKEN_TTL_MINUTES }),
    idempotencyKey: `password-reset/${resetToken.id}`,
    // The link is a live credential for 30 minutes: keep it out of the integration log.
    secrets: [token],
  });
  await db.passwordResetToken.update({ where: { id: resetToken.id }, data: { sealedToken: null, emailedAt: new Date() } });
  return "sent";
}

export const FORGOT_PASSWORD_CONFIRMATION =
  "If an account uses this address, a reset link is on its way. It works once, for 30 minutes.";

export const INVALID_RESET_LINK_MESSAGE =
  "This reset link is invalid, already used or expired. Request a new one from the sign-in page.";

/** Consumes the token exactly once, sets the password and signs out every session. */
export async function resetPassword(token: string, newPassword: string): Promise<void> {
  const tokenHash = hashResetToken(token);
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new UserFacingError(INVALID_RESET_LINK_MESSAGE);
    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({ where: { tokenHash } });
    await tx.passwordResetToken.deleteMany({ where: { userId, usedAt: null } });
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
  });
}

/** Whether a link is still usable, so the page can say so before the form is filled. */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const found = await db.passwordResetToken.findUnique({ where: { tokenHash: hashResetToken(token) } });
  return Boolean(found && !found.usedAt && found.expiresAt > new Date());
}
