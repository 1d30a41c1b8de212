import { getAdminSession } from "@/lib/auth/session";
import { callbackDestination } from "@/lib/social/callback-routing";
import { completeInstagramCallback } from "@/lib/social/instagram-callback";

export const runtime = "nodejs";

/**
 * Instagram Login sends the browser back here with `code` and `state` (or a refusal). The state binds it
 * to the admin's session or a reconnect link; every failure lands on /oauth/problem.
 */
export async function GET(request: Request): Promise<Response> {
  const session = await getAdminSession();
  const params = new URL(request.url).searchParams;
  const destination = await callbackDestination("INSTAGRAM", completeInstagramCallback, { params, sessionUserId: session?.userId ?? null });
  return new Response(null, { status: 303, headers: { Location: destination, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } });
}
