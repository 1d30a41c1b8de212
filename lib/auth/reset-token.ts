import { createHash, randomBytes } from "node:crypto";

export const RESET_TOKEN_TTL_MINUTES = 30;

/** 256 random bits, URL-safe: what goes into the e-mailed link. */
export function generateResetToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this digest is stored, so a database leak yields no usable links. */
export function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
