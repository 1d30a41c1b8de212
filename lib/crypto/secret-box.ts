import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "@/lib/env";
import { KEY_ID, type KeyRing, keyRingFrom } from "./key-ring";

/**
 * Secrets at rest: AES-256-GCM, stored as `<keyId>:<base64url(iv ‖ tag ‖ ciphertext)>`.
 * The key id names the key that sealed the value, so keys can rotate while old
 * rows stay readable. Decrypt at the moment of use and let the plaintext go.
 */
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretDecryptionError extends Error {
  override name = "SecretDecryptionError";
}

let cachedRing: KeyRing | undefined;
function keyRing(): KeyRing {
  cachedRing ??= keyRingFrom(env().ENCRYPTION_KEYS);
  return cachedRing;
}

export function encryptSecret(plaintext: string, ring: KeyRing = keyRing()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${ring.current.id}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString("base64url")}`;
}

export function decryptSecret(sealed: string, ring: KeyRing = keyRing()): string {
  // Messages name a known-shaped key id at most: never the value, which may be a secret stored unencrypted by mistake.
  const separator = sealed.indexOf(":");
  const keyId = sealed.slice(0, Math.max(separator, 0));
  if (!KEY_ID.test(keyId)) throw new SecretDecryptionError("A stored secret is not in the encrypted format.");
  const key = ring.byId.get(keyId);
  if (!key) throw new SecretDecryptionError(`No encryption key "${keyId}" in ENCRYPTION_KEYS for a stored secret.`);
  const payload = Buffer.from(sealed.slice(separator + 1), "base64url");
  if (payload.length < IV_BYTES + TAG_BYTES) throw new SecretDecryptionError("A stored secret is truncated.");
  const decipher = createDecipheriv("aes-256-gcm", key, payload.subarray(0, IV_BYTES));
  decipher.setAuthTag(payload.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(payload.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError(`A stored secret does not open with key "${keyId}": it was altered or sealed with another key.`);
  }
}

/** True when the value was sealed with a key other than the current one (`keys:rotate` re-seals it). */
export function sealedWithOldKey(sealed: string, ring: KeyRing = keyRing()): boolean {
  return !sealed.startsWith(`${ring.current.id}:`);
}

export function encryptOptionalSecret(plaintext: string | null | undefined): string | null {
  return plaintext ? encryptSecret(plaintext) : null;
}
