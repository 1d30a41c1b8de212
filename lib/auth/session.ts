import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./next-auth";

export type AdminSession = { userId: string; email: string; name: string };

/**
 * The signed-in administrator, or null. Cached per request: the layout, the page and
 * its actions ask too, and each lookup reads the account and its session row.
 */
export const getAdminSession = cache(async (): Promise<AdminSession | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { userId: user.id, email: user.email, name: user.name ?? user.email };
});

/**
 * For pages: every portal page calls it itself, since layouts are not re-run on navigation.
 * `returnTo` (the page's own path) brings the administrator back there after signing in.
 */
export async function requireAdminSession(returnTo?: string): Promise<AdminSession> {
  const session = await getAdminSession();
  if (!session) redirect(returnTo ? `/login?callbackUrl=${encodeURIComponent(returnTo)}` : "/login");
  return session;
}
