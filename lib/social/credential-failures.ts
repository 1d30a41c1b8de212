import { db } from "@/lib/db";
import type { SocialAccount } from "@/lib/generated/prisma/client";
import { isProviderError, type ProviderError } from "@/lib/providers/core";
import { LEASE_RELEASED } from "./account-lease";
import { alertNeedsReconnect } from "./social-alerts";

/** A failure the workflow should retry with backoff (5xx, timeouts, rate limits); the account stays connected. */
export class RetryableSocialError extends Error {
  override name = "RetryableSocialError";
  constructor(
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export type FailureOutcome = { result: "needs_reconnect" | "failed"; message: string };

/**
 * What a provider failure means for the account. Only a refusal of the credentials (Graph 190,
 * `invalid_grant`, `access_token_invalid`) marks it "needs reconnect" and alerts; the stored
 * credentials are kept either way. Transient failures record the error, release the lease and
 * throw RetryableSocialError; anything else is recorded and returned.
 */
export async function recordCredentialFailure(
  account: SocialAccount,
  leaseId: string,
  error: unknown,
  now: Date,
): Promise<FailureOutcome> {
  if (!isProviderError(error)) {
    await db.socialAccount.updateMany({ where: { id: account.id, leaseId }, data: LEASE_RELEASED });
    throw error;
  }
  const message = error.message;
  if (error.kind === "auth") {
    await db.$transaction(async (tx) => {
      await tx.socialAccount.updateMany({
        where: { id: account.id, leaseId },
        data: { status: "NEEDS_RECONNECT", lastError: message, lastErrorAt: now, ...LEASE_RELEASED },
      });
      await alertNeedsReconnect(tx, account, describeRevocation(error));
    });
    return { result: "needs_reconnect", message };
  }
  await db.socialAccount.updateMany({
    where: { id: account.id, leaseId },
    data: { lastError: message, lastErrorAt: now, ...LEASE_RELEASED },
  });
  // A TikTok refresh whose answer was lost may have rotated the refresh token: never resend it blindly.
  if (error.retryable && !(error.ambiguous && error.action === "refresh_token")) {
    throw new RetryableSocialError(message, error.retryAfterSeconds);
  }
  return { result: "failed", message };
}

function describeRevocation(error: ProviderError): string {
  return `${error.message.replace(/\s+$/, "")}${/[.!?]$/.test(error.message) ? "" : "."}`;
}
