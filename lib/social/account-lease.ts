import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { SocialAccount } from "@/lib/generated/prisma/client";

/** Longer than a provider call with its retries can take (3 × the timeout, plus backoff). */
const LEASE_MS = 2 * 60 * 1000;

export type LeasedAccount = { account: SocialAccount; leaseId: string };

/**
 * Single flight per account: takes the account's lease when nobody holds it and reads the
 * credentials AFTER taking it, so a refresh that waited sees what the previous one stored.
 * Null when another refresh or validation holds it.
 */
export async function takeAccountLease(accountId: string): Promise<LeasedAccount | null> {
  const leaseId = randomUUID();
  const now = new Date();
  const { count } = await db.socialAccount.updateMany({
    where: { id: accountId, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] },
    data: { leaseId, leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (count !== 1) return null;
  const account = await db.socialAccount.findUnique({ where: { id: accountId } });
  return account === null ? null : { account, leaseId };
}

/** The fields that end a lease, to spread into the update that stores the result. */
export const LEASE_RELEASED = { leaseId: null, leaseUntil: null } as const;

export async function releaseAccountLease(accountId: string, leaseId: string): Promise<void> {
  await db.socialAccount.updateMany({ where: { id: accountId, leaseId }, data: LEASE_RELEASED });
}
