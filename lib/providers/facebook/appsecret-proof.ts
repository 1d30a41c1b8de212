import { createHmac } from "node:crypto";

/**
 * Graph's `appsecret_proof` (HMAC-SHA256 of the access token keyed with the app secret): with
 * "Require App Secret" enabled, Graph refuses user and page tokens sent without it, so a
 * token leaked from the browser is useless to anyone else.
 */
export function appSecretProof(accessToken: string, appSecret: string): string {
  return createHmac("sha256", appSecret).update(accessToken).digest("hex");
}
