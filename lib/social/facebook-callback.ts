import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { UserFacingError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { facebookClient } from "@/lib/providers/app-clients";
import type { FacebookClient, FacebookPage } from "@/lib/providers/facebook";
import { CallbackProblemError } from "./callback-problems";
import type { CallbackInput, CallbackResult } from "./callback-result";
import { describePages, pageCandidatesSchema, type PageCandidate } from "./facebook-candidates";
import { callbackUrl, REQUIRED_SCOPES } from "./oauth-redirects";
import { consumeOAuthState } from "./oauth-state";
import { duringCallback, missingScopes, refusedByUser } from "./provider-failures";
import { spendReconnectLink, usableReconnectLink, type LinkedAccount } from "./reconnect-link-use";
import { saveConnectedAccount, type ConnectedAccount } from "./save-account";

/** The admin has this long to pick Pages after Facebook Login. */
const SELECTION_LIFETIME_MS = 30 * 60 * 1000;

type MetaGrant = { userToken: string; expiresAt: Date | null; metaUserId: string; scopes: string[] };

function pageAccount(companyId: string, page: FacebookPage, candidate: PageCandidate, grant: MetaGrant, now: Date): ConnectedAccount {
  return {
    companyId,
    platform: "FACEBOOK_PAGE",
    externalId: page.id,
    name: page.name,
    followersCount: candidate.followersCount,
    pageId: page.id,
    metaUserId: grant.metaUserId,
    accessToken: page.accessToken,
    userToken: grant.userToken,
    tokenExpiresAt: grant.expiresAt,
    tokenIssuedAt: now,
    scopes: grant.scopes,
  };
}

function instagramAccount(companyId: string, page: FacebookPage, candidate: PageCandidate, grant: MetaGrant, now: Date): ConnectedAccount | null {
  const instagram = candidate.instagram;
  if (instagram === null) return null;
  return {
    companyId,
    platform: "INSTAGRAM_FACEBOOK",
    externalId: instagram.id,
    name: instagram.name ?? instagram.username,
    username: instagram.username,
    pictureUrl: instagram.pictureUrl,
    followersCount: instagram.followersCount,
    pageId: page.id,
    metaUserId: grant.metaUserId,
    accessToken: page.accessToken,
    userToken: grant.userToken,
    tokenExpiresAt: grant.expiresAt,
    tokenIssuedAt: now,
    scopes: grant.scopes,
  };
}

/** Code → short-lived → long-lived user token, and what Graph says was granted. */
async function exchangeForGrant(client: FacebookClient, code: string, context: { companyId: string }, now: Date): Promise<MetaGrant> {
  const shortLived = await duringCallback(() => client.exchangeFacebookCode({ code, redirectUri: callbackUrl("FACEBOOK") }, context));
  const longLived = await duringCallback(() => client.exchangeForLongLivedToken(shortLived.accessToken, context), "code_rejected");
  const info = await duringCallback(() => client.debugToken(longLived.accessToken, context));
  const missing = missingScopes(info.scopes, REQUIRED_SCOPES.FACEBOOK);
  if (missing.length > 0) throw new CallbackProblemError("permissions_missing", missing.join(", "));
  if (info.userId === null) throw new CallbackProblemError("provider_unavailable");
  const expiresAt =
    longLived.expiresInSeconds === null ? info.expiresAt : new Date(now.getTime() + longLived.expiresInSeconds * 1000);
  return { userToken: longLived.accessToken, expiresAt, metaUserId: info.userId, scopes: info.scopes };
}

/** A reconnect link renews exactly its own account: the Page (or the Page of the Instagram account) must be among those granted. */
async function reconnectFromLink(
  link: LinkedAccount,
  client: FacebookClient,
  pages: FacebookPage[],
  grant: MetaGrant,
  now: Date,
): Promise<CallbackResult> {
  const { account } = link;
  const page = pages.find((candidate) => candidate.id === (account.pageId ?? account.externalId));
  if (page === undefined) throw new CallbackProblemError("wrong_account");
  const [candidate] = await duringCallback(() => describePages(client, [page], { companyId: account.companyId }));
  if (candidate === undefined) throw new CallbackProblemError("wrong_account");
  const renewed =
    account.platform === "INSTAGRAM_FACEBOOK"
      ? instagramAccount(account.companyId, page, candidate, grant, now)
      : pageAccount(account.companyId, page, candidate, grant, now);
  if (renewed === null || renewed.externalId !== account.externalId) throw new CallbackProblemError("wrong_account");
  await db.$transaction(async (tx) => {
    await spendReconnectLink(tx, link.id, now);
    await saveConnectedAccount(tx, renewed, now);
  });
  return { kind: "connected", companyId: account.companyId, accountIds: [account.id], viaReconnectLink: true };
}

/**
 * Facebook's redirect back: state, code exchange, long-lived token, every Page (all of Graph's
 * pages of results) and each Page's Instagram account. From the admin it leads to the selection
 * screen; from a reconnect link it renews that account at once.
 * @throws CallbackProblemError
 */
export async function completeFacebookCallback({ params, sessionUserId, now = new Date() }: CallbackInput): Promise<CallbackResult> {
  const state = await consumeOAuthState(params.get("state"), "FACEBOOK", sessionUserId, now).catch((error: unknown) => {
    // A refusal is worth saying even when the state is no good; otherwise the state problem shows.
    throw refusedByUser(params) ? new CallbackProblemError("denied") : error;
  });
  if (refusedByUser(params)) throw new CallbackProblemError("denied");
  const link = state.reconnectLinkId === null ? null : await usableReconnectLink(state.reconnectLinkId, now);
  const code = params.get("code");
  if (code === null || code.length === 0) throw new CallbackProblemError("code_rejected");

  const client = await duringCallback(async () => facebookClient());
  const context = { companyId: state.companyId };
  const grant = await exchangeForGrant(client, code, context, now);
  const pages = await duringCallback(() => client.listManagedPages(grant.userToken, context));
  if (pages.length === 0) throw new CallbackProblemError("no_pages");
  if (link !== null) return reconnectFromLink(link, client, pages, grant, now);

  const candidates = await duringCallback(() => describePages(client, pages, context));
  const pending = await db.socialPendingSelection.create({
    data: {
      companyId: state.companyId,
      adminUserId: state.adminUserId ?? "",
      metaUserId: grant.metaUserId,
      userTokenSealed: encryptSecret(grant.userToken),
      userTokenExpiresAt: grant.expiresAt,
      scopes: grant.scopes,
      candidates: candidates satisfies Prisma.InputJsonValue,
      expiresAt: new Date(now.getTime() + SELECTION_LIFETIME_MS),
    },
  });
  return { kind: "select", pendingSelectionId: pending.id };
}

export type PendingSelection = { id: string; companyId: string; companyName: string; candidates: PageCandidate[]; expiresAt: Date };

/** The selection screen's content, for the admin who connected; null when gone, used or expired. */
export async function getPendingSelection(id: string, adminUserId: string, now: Date = new Date()): Promise<PendingSelection | null> {
  const pending = await db.socialPendingSelection.findUnique({ where: { id } });
  if (pending === null || pending.adminUserId !== adminUserId || pending.usedAt !== null || pending.expiresAt <= now) return null;
  const company = await db.company.findUnique({ where: { id: pending.companyId }, select: { name: true } });
  if (company === null) return null;
  return {
    id: pending.id,
    companyId: pending.companyId,
    companyName: company.name,
    candidates: pageCandidatesSchema.parse(pending.candidates),
    expiresAt: pending.expiresAt,
  };
}

/**
 * Keeps the Pages and Instagram accounts the admin ticked. Page tokens are fetched again with
 * the stored user token (they are never kept outside an account row).
 * @throws UserFacingError
 */
export async function confirmFacebookSelection(input: {
  pendingSelectionId: string;
  adminUserId: string;
  pageIds: readonly string[];
  instagramIds: readonly string[];
  now?: Date;
}): Promise<{ companyId: string; accountIds: string[] }> {
  const now = input.now ?? new Date();
  if (input.pageIds.length + input.instagramIds.length === 0) throw new UserFacingError("Tick at least one Page or Instagram account to keep.");
  const pending = await db.socialPendingSelection.findUnique({ where: { id: input.pendingSelectionId } });
  if (pending === null || pending.adminUserId !== input.adminUserId || pending.usedAt !== null || pending.expiresAt <= now) {
    throw new UserFacingError("This selection has expired or was already saved. Connect Facebook again.");
  }
  const candidates = pageCandidatesSchema.parse(pending.candidates);
  const wanted = candidates.filter(
    (candidate) =>
      input.pageIds.includes(candidate.pageId) || (candidate.instagram !== null && input.instagramIds.includes(candidate.instagram.id)),
  );
  if (wanted.length === 0) throw new UserFacingError("None of the ticked accounts belong to this connection. Connect Facebook again.");

  const grant: MetaGrant = {
    userToken: decryptSecret(pending.userTokenSealed),
    expiresAt: pending.userTokenExpiresAt,
    metaUserId: pending.metaUserId,
    scopes: pending.scopes,
  };
  const client = facebookClient();
  const pages = await client.listManagedPages(grant.userToken, { companyId: pending.companyId });
  const accounts: ConnectedAccount[] = [];
  for (const candidate of wanted) {
    const page = pages.find((listed) => listed.id === candidate.pageId);
    if (page === undefined) throw new UserFacingError(`Facebook no longer lists the Page ${candidate.name}. Connect Facebook again.`);
    if (input.pageIds.includes(candidate.pageId)) accounts.push(pageAccount(pending.companyId, page, candidate, grant, now));
    const instagram = instagramAccount(pending.companyId, page, candidate, grant, now);
    if (instagram !== null && input.instagramIds.includes(instagram.externalId)) accounts.push(instagram);
  }

  const accountIds = await db.$transaction(async (tx) => {
    const { count } = await tx.socialPendingSelection.updateMany({ where: { id: pending.id, usedAt: null }, data: { usedAt: now } });
    if (count !== 1) throw new UserFacingError("This selection was already saved.");
    const ids: string[] = [];
    for (const account of accounts) ids.push(await saveConnectedAccount(tx, account, now));
    return ids;
  });
  return { companyId: pending.companyId, accountIds };
}
