import { redirect } from "next/navigation";
import { auth } from "./next-auth";

export type AdminSession = { userId: string; email: string; name: string };

export async function getAdminSession(): Promise<AdminSession | null> {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { userId: user.id, email: user.email, name: user.name ?? user.email };
}

/** For pages: every portal page calls it itself, since layouts are not re-run on navigation. */
export async function requireAdminSession(): Promise<AdminSession> {
  const session = await getAdminSession();
  if (!session) redirect("/login");
  return session;
}
