import { TZDate } from "@date-fns/tz";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";

/** The calendar day (in the agency's timezone) `now` falls on, as a UTC-midnight Date for a `date` column. */
export function agencyDay(now: Date, timezone: string): Date {
  const local = new TZDate(now.getTime(), timezone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/**
 * Records today's follower count of the account (once per day: a second run the same day
 * overwrites it with the newer count). Nothing when the count is unknown.
 */
export async function recordFollowerSnapshot(accountId: string, now: Date = new Date()): Promise<{ recorded: boolean }> {
  const account = await db.socialAccount.findUnique({ where: { id: accountId }, select: { followersCount: true, status: true } });
  if (account === null || account.followersCount === null || account.status === "DISCONNECTED") return { recorded: false };
  const day = agencyDay(now, (await getSettings()).timezone);
  await db.socialFollowerSnapshot.upsert({
    where: { accountId_day: { accountId, day } },
    create: { accountId, day, followersCount: account.followersCount, recordedAt: now },
    update: { followersCount: account.followersCount, recordedAt: now },
  });
  return { recorded: true };
}
