import { describe, expect, it } from "vitest";
import { encryptionKeysSchema, keyRingFrom } from "@/lib/crypto/key-ring";
import { decryptSecret, encryptSecret, SecretDecryptionError, sealedWithOldKey } from "@/lib/crypto/secret-box";

const keyA = Buffer.alloc(32, 1).toString("base64");
const keyB = Buffer.alloc(32, 2).toString("base64");
const ring = (value: string) => keyRingFrom(encryptionKeysSchema.parse(value));

describe("secret box", () => {
  it("round-trips any text, with a fresh IV each time", () => {
    const keys = ring(`a:${keyA}`);
    for (const secret of ["", "refresh-token-123", "päss wörd 株式会社 🙂", "x".repeat(10_000)]) {
      const sealed = encryptSecret(secret, keys);
      expect(sealed.startsWith("a:")).toBe(true);
      expect(sealed).not.toContain(secret || "\u0000");
      expect(decryptSecret(sealed, keys)).toBe(secret);
    }
    expect(encryptSecret("same", keys)).not.toBe(encryptSecret("same", keys));
  });

  it("rotates: the first key seals, every key opens, old values are recognised", () => {
    const before = ring(`a:${keyA}`);
    const after = ring(`b:${keyB},a:${keyA}`);
    const old = encryptSecret("token", before);
    expect(decryptSecret(old, after)).toBe("token");
    expect(sealedWithOldKey(old, after)).toBe(true);
    const fresh = encryptSecret("token", after);
    expect(fresh.startsWith("b:")).toBe(true);
    expect(sealedWithOldKey(fresh, after)).toBe(false);
  });

  it("refuses altered values and unknown keys without echoing the value", () => {
    const keys = ring(`a:${keyA}`);
    const sealed = encryptSecret("secret-value", keys);
    // A character inside the payload: the last one may carry only padding bits, and altering them alters nothing.
    const middle = Math.floor(sealed.length / 2);
    const tampered = sealed.slice(0, middle) + (sealed[middle] === "A" ? "B" : "A") + sealed.slice(middle + 1);
    expect(() => decryptSecret(tampered, keys)).toThrow(SecretDecryptionError);
    expect(() => decryptSecret(sealed, ring(`b:${keyB}`))).toThrow(/No encryption key "a"/);
    expect(() => decryptSecret("plain-token-stored-by-mistake", keys)).toThrow(SecretDecryptionError);
    try {
      decryptSecret("plain-token-stored-by-mistake", keys);
    } catch (error) {
      expect((error as Error).message).not.toContain("plain-token");
    }
  });

  it("names what is wrong with ENCRYPTION_KEYS", () => {
    expect(encryptionKeysSchema.safeParse("").success).toBe(false);
    expect(encryptionKeysSchema.safeParse(`nokey`).error?.issues[0]?.message).toMatch(/id:base64key/);
    expect(encryptionKeysSchema.safeParse(`a:${Buffer.alloc(16).toString("base64")}`).error?.issues[0]?.message).toMatch(/32 random bytes/);
    expect(encryptionKeysSchema.safeParse(`a:${keyA},a:${keyB}`).error?.issues[0]?.message).toMatch(/repeat/);
    expect(encryptionKeysSchema.parse(` a:${keyA} , b:${keyB}`).map((key) => key.id)).toEqual(["a", "b"]);
  });
});
