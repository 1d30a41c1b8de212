import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/** Records a sign-in; the returned id goes into the session token. */
export async function startAuthSession(userId: string, maxAgeSeconds: number): Promise<string> {
  const id = randomUUID();
  await db.authSession.create({ data: { id, userId, expiresAt: new Date(Date.now() + maxAgeSeconds * 1000) } });
  return id;
}

/** Logout: the session's cookie is refused from the next request on. */
export async function endAuthSession(sessionId: string): Promise<void> {
  await db.authSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date() } });
}

/** Forgets sessions that have ended or expired more than a day ago, so the table stays small. */
export async function deleteFinishedAuthSessions(now: Date = new Date()): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const { count } = await db.authSession.deleteMany({
    where: { OR: [{ expiresAt: { lt: dayAgo } }, { endedAt: { lt: dayAgo } }] },
  });
  return count;
}
