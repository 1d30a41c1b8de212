import { z } from "zod";

export type EncryptionKey = { id: string; key: Buffer };
export type KeyRing = { current: EncryptionKey; byId: ReadonlyMap<string, Buffer> };

export const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

const keyEntry = z.string().transform((entry, context) => {
  const separator = entry.indexOf(":");
  const id = entry.slice(0, separator);
  const key = Buffer.from(entry.slice(separator + 1), "base64");
  if (separator < 1 || !KEY_ID.test(id)) {
    context.addIssue({ code: "custom", message: "each key must be written id:base64key, the id made of letters, digits, - or _" });
    return z.NEVER;
  }
  if (key.length !== 32) {
    context.addIssue({ code: "custom", message: `key "${id}" must be 32 random bytes in base64 (openssl rand -base64 32)` });
    return z.NEVER;
  }
  return { id, key };
});

/**
 * `ENCRYPTION_KEYS`: comma-separated `id:base64key` entries. The first encrypts,
 * every one decrypts, so a new key is added in front and an old one removed only
 * after `npm run keys:rotate` has re-encrypted everything it protected.
 */
export const encryptionKeysSchema = z
  .string({ message: "is required: one or more id:base64key entries (openssl rand -base64 32 for each key)" })
  .transform((value) => value.split(",").map((entry) => entry.trim()).filter(Boolean))
  .pipe(z.tuple([keyEntry], keyEntry, { message: "must hold at least one id:base64key entry" }))
  .superRefine((keys, context) => {
    const ids = keys.map((key) => key.id);
    if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", message: "must not repeat a key id" });
  });

export function keyRingFrom([current, ...older]: [EncryptionKey, ...EncryptionKey[]]): KeyRing {
  return { current, byId: new Map([current, ...older].map((key) => [key.id, key.key])) };
}
