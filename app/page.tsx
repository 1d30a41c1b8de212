import { redirect } from "next/navigation";
import { isRegistrationOpen } from "@/lib/auth/accounts";
import { getAdminSession } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

export default async function Home() {
  if (await getAdminSession()) redirect("/dashboard");
  redirect((await isRegistrationOpen()) ? "/register" : "/login");
}
