import { db } from "@/lib/db";
import { decryptSecret } from "@/lib/crypto";
import { UserFacingError } from "@/lib/errors";
import { resolveAlert } from "@/lib/alerts";
import { tiktokClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core";
import { SOCIAL_ALERT_KINDS } from "./social-alerts";

export type DisconnectOutcome = { revokedAtProvider: boolean; note: string | null };

/**
 * Stops managing the account. TikTok's authorization is revoked at TikTok; Meta's Page and
 * Instagram tokens are simply forgotten (the client removes the app in their Facebook settings).
 * A failed revocation does not block the disconnect: it is reported in the outcome.
 * @throws UserFacingError for an unknown account
 */
export async function disconnectSocialAccount(accountId: string, now: Date = new Date()): Promise<DisconnectOutcome> {
  const account = await db.socialAccount.findUnique({ where: { id: accountId } });
  if (account === null) throw new UserFacingError("This account no longer exists.");
  let outcome: DisconnectOutcome = { revokedAtProvider: false, note: null };
  if (account.platform === "TIKTOK" && account.status !== "DISCONNECTED") {
    try {
      await tiktokClient().revokeTikTokToken(decryptSecret(account.accessTokenSealed), { companyId: account.companyId });
      outcome = { revokedAtProvider: true, note: null };
    } catch (error) {
      if (!isProviderError(error)) throw error;
      outcome = { revokedAtProvider: false, note: `TikTok did not confirm the revocation (${error.message}).` };
    }
  }
  await markDisconnected([accountId], now);
  return outcome;
}

/** Marks accounts disconnected (a disconnect, a deauthorization webhook) and ends their alerts. */
export async function markDisconnected(accountIds: readonly string[], now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.socialAccount.updateMany({
      where: { id: { in: [...accountIds] }, status: { not: "DISCONNECTED" } },
      data: { status: "DISCONNECTED", disconnectedAt: now, refreshDueAt: null, leaseId: null, leaseUntil: null },
    });
    for (const id of accountIds) {
      await resolveAlert(tx, SOCIAL_ALERT_KINDS.needsReconnect, id);
      await resolveAlert(tx, SOCIAL_ALERT_KINDS.tokenExpiring, id);
    }
    return count;
  });
}
