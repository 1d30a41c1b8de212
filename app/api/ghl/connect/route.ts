import { NextResponse } from "next/server";
import { getAdminSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { GHL_BROWSER_COOKIE } from "@/lib/ghl/oauth-cookie";
import { startGhlConnect } from "@/lib/ghl/oauth-connect";
import { UserFacingError } from "@/lib/errors";

export const runtime = "nodejs";

/**
 * "Connect GoHighLevel" (a form POST, so a link elsewhere cannot start it): binds a fresh state
 * to this browser with an httpOnly cookie, then sends the admin to GoHighLevel's location chooser.
 */
export async function POST(): Promise<Response> {
  const session = await getAdminSession();
  if (!session) return new Response("Sign in to connect GoHighLevel.", { status: 401 });
  try {
    const started = await startGhlConnect(session.userId);
    const response = NextResponse.redirect(started.authorizationUrl, 303);
    response.cookies.set(GHL_BROWSER_COOKIE, started.browserSecret, {
      httpOnly: true,
      sameSite: "lax",
      secure: env().APP_URL.startsWith("https://"),
      path: "/oauth/ghl",
      expires: started.expiresAt,
    });
    return response;
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    return NextResponse.redirect(new URL("/integrations/ghl?connect=not_configured", env().APP_URL), 303);
  }
}
