import { createHash, randomBytes } from "node:crypto";

/** A PKCE verifier (kept server-side until the code exchange) and its S256 challenge (sent to TikTok). */
export type PkcePair = { codeVerifier: string; codeChallenge: string };

/** 32 random bytes give a 43-character base64url verifier, the shortest RFC 7636 allows. */
const VERIFIER_BYTES = 32;

/** RFC 7636 S256: BASE64URL(SHA-256(verifier)) without padding. */
export function s256CodeChallenge(codeVerifier: string): string {
  return createHash("sha256").update(codeVerifier, "ascii").digest("base64url");
}

export function createPkcePair(): PkcePair {
  const codeVerifier = randomBytes(VERIFIER_BYTES).toString("base64url");
  return { codeVerifier, codeChallenge: s256CodeChallenge(codeVerifier) };
}
