import { createHash, timingSafeEqual } from "node:crypto";

/** RFC 7636 S256: the challenge must equal BASE64URL(SHA-256(verifier)). */
export function verifierMatchesChallenge(codeVerifier: string, codeChallenge: string): boolean {
  const expected = Buffer.from(createHash("sha256").update(codeVerifier, "ascii").digest("base64url"));
  const received = Buffer.from(codeChallenge);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
