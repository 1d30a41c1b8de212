import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe: OAuth states and reconnect link tokens. */
export function newSecureToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What is stored instead of the token, so a database read alone cannot use it. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
