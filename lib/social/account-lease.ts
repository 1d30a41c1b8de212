import { randomUUID } from "node:crypto";
import { readRows } from "@/lib/db-sql";
import { Prisma, type SocialAccount } from "@/lib/generated/prisma/client";
import { SOCIAL_ALERT_KINDS } from "./social-alerts";

/** Longer than a provider call with its retries can take (3 × the timeout, plus backoff). */
const LEASE_MS = 2 * 60 * 1000;

export type LeasedAccount = {
  account: SocialAccount;
  leaseId: string;
  /** Whether a "needs reconnect" or "expiring" alert of the account is open (a success must end it). */
  hasOpenAlert: boolean;
};

/**
 * Single flight per account: takes the account's lease when nobody holds it and reads the
 * credentials in the same statement, AFTER taking it, so a refresh that waited sees what the
 * previous one stored. Null when another refresh or validation holds it.
 */
export async function takeAccountLease(accountId: string): Promise<LeasedAccount | null> {
  const leaseId = randomUUID();
  const openKeys = [`${SOCIAL_ALERT_KINDS.needsReconnect}:${accountId}`, `${SOCIAL_ALERT_KINDS.tokenExpiring}:${accountId}`];
  // Taken before every refresh and validation (thousands a day): one statement on the pool.
  // Not a prepared statement: `RETURNING *` would break one when a migration adds a column.
  const [row] = await readRows<SocialAccount & { hasOpenAlert: boolean }>(Prisma.sql`
    UPDATE "SocialAccount" SET "leaseId" = ${leaseId}, "leaseUntil" = now() + ${LEASE_MS}::int * interval '1 millisecond'
    WHERE "id" = ${accountId} AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    RETURNING *, EXISTS (SELECT 1 FROM "Alert" WHERE "openKey" = ANY(${openKeys}::text[])) AS "hasOpenAlert"`);
  if (row === undefined) return null;
  const { hasOpenAlert, ...account } = row;
  return { account, leaseId, hasOpenAlert };
}

/** The fields that end a lease, to spread into the update that stores the result. */
export const LEASE_RELEASED = { leaseId: null, leaseUntil: null } as const;
