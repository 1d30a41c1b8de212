import { db } from "@/lib/db";
import type { Prisma, SocialAccount, SocialReconnectLink } from "@/lib/generated/prisma/client";
import { CallbackProblemError } from "./callback-problems";

export type LinkedAccount = SocialReconnectLink & { account: SocialAccount };

/** The reconnect link a state came from, while it still works. @throws CallbackProblemError link_invalid */
export async function usableReconnectLink(linkId: string, now: Date): Promise<LinkedAccount> {
  const link = await db.socialReconnectLink.findUnique({ where: { id: linkId }, include: { account: true } });
  if (link === null || link.usedAt !== null || link.expiresAt <= now || link.account.status === "DISCONNECTED") {
    throw new CallbackProblemError("link_invalid");
  }
  return link;
}

/** Spends the link in the transaction that reconnects its account; a second use loses. */
export async function spendReconnectLink(tx: Prisma.TransactionClient, linkId: string, now: Date): Promise<void> {
  const { count } = await tx.socialReconnectLink.updateMany({
    where: { id: linkId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) throw new CallbackProblemError("link_invalid");
}
