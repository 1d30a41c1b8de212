import type { SocialOAuthFlow } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const CALLBACK_PATHS: Record<SocialOAuthFlow, string> = {
  FACEBOOK: "/oauth/facebook/callback",
  INSTAGRAM: "/oauth/instagram/callback",
  TIKTOK: "/oauth/tiktok/callback",
};

/** The redirect URI registered with the provider; the same value must reach the code exchange. */
export function callbackUrl(flow: SocialOAuthFlow): string {
  return new URL(CALLBACK_PATHS[flow], env().APP_URL).toString();
}

/** What each flow asks for. Facebook: Pages and their Instagram accounts; TikTok: profile and stats. */
export const REQUESTED_SCOPES: Record<SocialOAuthFlow, readonly string[]> = {
  FACEBOOK: ["pages_show_list", "pages_read_engagement", "instagram_basic", "business_management"],
  INSTAGRAM: ["instagram_business_basic"],
  TIKTOK: ["user.info.basic", "user.info.stats"],
};

/** Without these the connection cannot work; a consent lacking one is refused with a clear page. */
export const REQUIRED_SCOPES: Record<SocialOAuthFlow, readonly string[]> = {
  FACEBOOK: ["pages_show_list", "instagram_basic"],
  INSTAGRAM: ["instagram_business_basic"],
  TIKTOK: ["user.info.basic", "user.info.stats"],
};
