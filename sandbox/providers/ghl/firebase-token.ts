import type { SeededRandom } from "../../core/seeded-random";
import type { StoredUser } from "./ghl-store";
import { FIREBASE_TOKEN_LIFETIME_SECONDS } from "./sandbox-agency";

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/**
 * A JWT shaped like a Firebase ID token, expiring on the sandbox clock. Its signature is random
 * bytes: nothing in the sandbox verifies it.
 */
export function newFirebaseStyleToken(
  random: SeededRandom,
  user: StoredUser,
  now: Date,
): { token: string; expiresAt: Date } {
  const issuedAtSeconds = Math.floor(now.getTime() / 1000);
  const expiresAtSeconds = issuedAtSeconds + FIREBASE_TOKEN_LIFETIME_SECONDS;
  const header = base64UrlJson({ alg: "RS256", kid: "sandbox", typ: "JWT" });
  const claims = base64UrlJson({
    iss: "https://securetoken.google.com/highlevel-sandbox",
    aud: "highlevel-sandbox",
    sub: user.id,
    user_id: user.id,
    company_id: user.companyId,
    locations: user.locationIds,
    iat: issuedAtSeconds,
    exp: expiresAtSeconds,
  });
  const signature = Buffer.from(random.uuid().replaceAll("-", ""), "hex").toString("base64url");
  return { token: `${header}.${claims}.${signature}`, expiresAt: new Date(expiresAtSeconds * 1000) };
}
