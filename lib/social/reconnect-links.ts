import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "@/lib/crypto";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import type { SocialPlatform } from "@/lib/generated/prisma/client";
import { sendMail } from "@/lib/mail/send-mail";
import { socialReconnectLinkEmail } from "@/lib/mail/templates/social-reconnect-link";
import { getSettings } from "@/lib/settings";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { socialReconnectLinkRequested } from "@/inngest/events";
import { displayStatus, FLOW_OF_PLATFORM, PLATFORM_LABELS } from "./platforms";
import { hashToken, newSecureToken } from "./secure-token";
import { startConnect } from "./start-connect";

export const RECONNECT_LINK_VALID_HOURS = 72;

/** The public page of a link: the token travels only in the link itself. */
function reconnectUrl(token: string): string {
  return new URL(`/reconnect/${token}`, env().APP_URL).toString();
}

/**
 * Creates a signed (random, stored hashed), expiring, single-use link for an account that needs
 * reconnecting or expires soon, and asks for the e-mail to the company contact through the
 * outbox (sent by a workflow, with an idempotency key). Only the newest link of an account works.
 * @throws UserFacingError
 */
export async function requestReconnectLink(accountId: string, now: Date = new Date()): Promise<{ linkId: string; sentTo: string }> {
  const account = await db.socialAccount.findUnique({ where: { id: accountId }, include: { company: true } });
  if (account === null) throw new UserFacingError("This account no longer exists.");
  const status = displayStatus(account, now);
  if (status !== "needs_reconnect" && status !== "expiring") {
    throw new UserFacingError("A reconnect link is for accounts that need reconnecting or expire soon.");
  }
  const sentTo = account.company.contactEmail;
  if (!sentTo) throw new UserFacingError(`Add a contact e-mail to ${account.company.name} first: the link is sent there.`);

  const token = newSecureToken();
  const linkId = await db.$transaction(async (tx) => {
    await tx.socialReconnectLink.updateMany({ where: { accountId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const link = await tx.socialReconnectLink.create({
      data: {
        accountId,
        tokenHash: hashToken(token),
        tokenSealed: encryptSecret(token),
        sentTo,
        expiresAt: new Date(now.getTime() + RECONNECT_LINK_VALID_HOURS * 3600 * 1000),
      },
    });
    await enqueueEvent(tx, socialReconnectLinkRequested, { linkId: link.id }, { id: `social-reconnect-link:${link.id}` });
    return link.id;
  });
  return { linkId, sentTo };
}

/** Sends the link's e-mail (idempotent: Resend drops a repeat with the same key). Skips links that no longer work. */
export async function sendReconnectLinkEmail(linkId: string, now: Date = new Date()): Promise<{ sent: boolean }> {
  const link = await db.socialReconnectLink.findUnique({ where: { id: linkId }, include: { account: { include: { company: true } } } });
  if (link === null || link.usedAt !== null || link.expiresAt <= now) return { sent: false };
  const token = decryptSecret(link.tokenSealed);
  const url = reconnectUrl(token);
  const { account } = link;
  const mail = socialReconnectLinkEmail({
    contactName: account.company.contactName,
    agencyName: (await getSettings()).agencyName,
    accountLabel: `${PLATFORM_LABELS[account.platform]} ${account.name}`,
    reconnectUrl: url,
    validHours: RECONNECT_LINK_VALID_HOURS,
  });
  await sendMail({
    to: link.sentTo,
    ...mail,
    idempotencyKey: `social-reconnect-link:${link.id}`,
    context: { companyId: account.companyId },
    secrets: [token, url],
  });
  await db.socialReconnectLink.update({ where: { id: link.id }, data: { emailedAt: now } });
  return { sent: true };
}

export type ReconnectPage =
  | { status: "usable"; companyName: string; platform: SocialPlatform; accountName: string; expiresAt: Date }
  | { status: "invalid" };

/** What the public reconnect page shows for a token; "invalid" for unknown, used or expired links alike. */
export async function getReconnectPage(token: string, now: Date = new Date()): Promise<ReconnectPage> {
  if (token.length < 20 || token.length > 100) return { status: "invalid" };
  const link = await db.socialReconnectLink.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { account: { include: { company: { select: { name: true } } } } },
  });
  if (link === null || link.usedAt !== null || link.expiresAt <= now || link.account.status === "DISCONNECTED") {
    return { status: "invalid" };
  }
  return {
    status: "usable",
    companyName: link.account.company.name,
    platform: link.account.platform,
    accountName: link.account.name,
    expiresAt: link.expiresAt,
  };
}

/**
 * The client pressed "Reconnect": the provider's consent page, with a state bound to the link.
 * @throws UserFacingError when the link no longer works
 */
export async function startReconnectFromLink(token: string, now: Date = new Date()): Promise<string> {
  const link = await db.socialReconnectLink.findUnique({ where: { tokenHash: hashToken(token) }, include: { account: true } });
  if (link === null || link.usedAt !== null || link.expiresAt <= now || link.account.status === "DISCONNECTED") {
    throw new UserFacingError("This reconnect link has expired or was already used. Ask your agency for a new one.");
  }
  return startConnect(FLOW_OF_PLATFORM[link.account.platform], link.account.companyId, { reconnectLinkId: link.id });
}
