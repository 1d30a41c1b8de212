import type { SeededRandom } from "../../core/seeded-random";
import type { AuthorizeRequest } from "./authorize-request";
import { AUTHORIZATION_CODE_LIFETIME_SECONDS } from "./sandbox-app";
import type { TikTokStore } from "./tiktok-store";

/** Records the account's consent to the requested scopes and returns the single-use code for the redirect. */
export function approveAuthorization(
  store: TikTokStore,
  request: AuthorizeRequest,
  openId: string,
  nowMs: number,
  random: SeededRandom,
): string {
  const authorization = { openId, scopes: request.scopes, revoked: false };
  store.addAuthorization(authorization);
  const code = `${random.uuid()}${random.uuid()}`.replaceAll("-", "");
  store.addCode({
    code,
    authorization,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    expiresAtMs: nowMs + AUTHORIZATION_CODE_LIFETIME_SECONDS * 1000,
    used: false,
  });
  return code;
}
