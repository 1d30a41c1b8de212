import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentRequestId } from "@/lib/http/request-id";
import { REQUEST_PATH_HEADER, returnPathFrom } from "@/lib/http/request-path";
import { withLogContext } from "@/lib/log";
import { auth } from "./next-auth";

export type AdminSession = { userId: string; email: string; name: string };

/**
 * The signed-in administrator, or null. Cached per request: the layout, the page and
 * its actions ask too, and each lookup reads the account and its session row. A refused
 * cookie is logged (lib/auth/next-auth.ts) with this request's id.
 */
export const getAdminSession = cache(async (): Promise<AdminSession | null> => {
  const session = await withLogContext({ requestId: await currentRequestId() }, () => auth());
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { userId: user.id, email: user.email, name: user.name ?? user.email };
});

/**
 * For pages: every portal page calls it itself, since layouts are not re-run on navigation.
 * Without a session it sends the visitor to sign in, and back to the page asked for after.
 */
export async function requireAdminSession(): Promise<AdminSession> {
  const session = await getAdminSession();
  if (!session) {
    const returnTo = returnPathFrom((await headers()).get(REQUEST_PATH_HEADER));
    redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  }
  return session;
}
