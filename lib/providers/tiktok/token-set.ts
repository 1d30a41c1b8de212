import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";

/** What TikTok's token endpoint grants, in our terms. */
export type TikTokTokenSet = {
  accessToken: string;
  /** Always the one just returned: TikTok may rotate it on every refresh, and the old one may die. */
  refreshToken: string;
  expiresAt: Date;
  refreshExpiresAt: Date;
  /** The TikTok user, stable per app. */
  openId: string;
  /** Scopes the user actually granted, which may be fewer than requested. */
  scopes: string[];
};

const lifetimeSeconds = integerFromProviderSchema.pipe(z.number().positive());

/** `POST /v2/oauth/token/`: `{access_token, expires_in, open_id, refresh_expires_in, refresh_token, scope, token_type}`. */
export const tiktokTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: lifetimeSeconds,
  refresh_token: z.string().min(1),
  refresh_expires_in: lifetimeSeconds,
  open_id: z.string().min(1),
  /** Comma-separated, e.g. `user.info.basic,video.list`. */
  scope: z.string(),
});
export type TikTokTokenResponse = z.output<typeof tiktokTokenResponseSchema>;

/** Splits TikTok's comma-separated scope list; whitespace is tolerated as a separator too. */
function parseTikTokScopes(scope: string): string[] {
  return scope.split(/[\s,]+/).filter((entry) => entry.length > 0);
}

/** @param issuedAt taken before the request was sent, so the expiries err on the early side */
export function toTikTokTokenSet(response: TikTokTokenResponse, issuedAt: Date): TikTokTokenSet {
  const after = (seconds: number): Date => new Date(issuedAt.getTime() + seconds * 1000);
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAt: after(response.expires_in),
    refreshExpiresAt: after(response.refresh_expires_in),
    openId: response.open_id,
    scopes: parseTikTokScopes(response.scope),
  };
}
