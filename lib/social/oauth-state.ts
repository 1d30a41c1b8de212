import { db } from "@/lib/db";
import type { SocialOAuthFlow, SocialOAuthState } from "@/lib/generated/prisma/client";
import { CallbackProblemError } from "./callback-problems";
import { hashToken, newSecureToken } from "./secure-token";

export const OAUTH_STATE_LIFETIME_MS = 10 * 60 * 1000;

/** Who started the round trip: the signed-in admin, or a client through a reconnect link. */
export type OAuthInitiator = { adminUserId: string } | { reconnectLinkId: string };

/** Records a new state and returns the random value to send to the provider (only its hash is kept). */
export async function createOAuthState(input: {
  flow: SocialOAuthFlow;
  companyId: string;
  initiator: OAuthInitiator;
  codeVerifierSealed?: string;
  now?: Date;
}): Promise<string> {
  const state = newSecureToken();
  const now = input.now ?? new Date();
  await db.socialOAuthState.create({
    data: {
      stateHash: hashToken(state),
      flow: input.flow,
      companyId: input.companyId,
      adminUserId: "adminUserId" in input.initiator ? input.initiator.adminUserId : null,
      reconnectLinkId: "reconnectLinkId" in input.initiator ? input.initiator.reconnectLinkId : null,
      codeVerifierSealed: input.codeVerifierSealed ?? null,
      expiresAt: new Date(now.getTime() + OAUTH_STATE_LIFETIME_MS),
    },
  });
  return state;
}

/**
 * Spends a state: it must exist for this flow, be unused, unexpired, and come back to the admin
 * who started it (or belong to a reconnect link). A concurrent second use loses the conditional update.
 * @throws CallbackProblemError state_invalid | state_expired | session_mismatch
 */
export async function consumeOAuthState(
  state: string | null,
  flow: SocialOAuthFlow,
  sessionUserId: string | null,
  now: Date = new Date(),
): Promise<SocialOAuthState> {
  if (state === null || state.length === 0 || state.length > 200) throw new CallbackProblemError("state_invalid");
  const stateHash = hashToken(state);
  const stored = await db.socialOAuthState.findUnique({ where: { stateHash } });
  if (stored === null || stored.flow !== flow || stored.usedAt !== null) throw new CallbackProblemError("state_invalid");
  if (stored.expiresAt <= now) throw new CallbackProblemError("state_expired");
  if (stored.adminUserId !== null && stored.adminUserId !== sessionUserId) throw new CallbackProblemError("session_mismatch");
  const { count } = await db.socialOAuthState.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
  if (count !== 1) throw new CallbackProblemError("state_invalid");
  return stored;
}

/** Housekeeping: states are useless once expired. */
export async function deleteExpiredOAuthStates(now: Date = new Date()): Promise<number> {
  const { count } = await db.socialOAuthState.deleteMany({ where: { expiresAt: { lt: now } } });
  return count;
}
