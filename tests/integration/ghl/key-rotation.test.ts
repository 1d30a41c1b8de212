import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { TEST_ENCRYPTION_KEYS } from "../../support/test-environment";

// The file runs with two keys: "next" (new, first: it encrypts) and the tests' usual "test1" (old).
const NEW_KEY = `next:${Buffer.alloc(32, 9).toString("base64")}`;
process.env.ENCRYPTION_KEYS = `${NEW_KEY},${TEST_ENCRYPTION_KEYS}`;

const { db } = await import("@/lib/db");
const { decryptSecret, encryptSecret } = await import("@/lib/crypto");
const { keyRingFrom } = await import("@/lib/crypto/key-ring");
const { rotateSecretColumns } = await import("@/lib/crypto/rotate-keys");
const { secretColumns } = await import("@/lib/crypto/secret-columns");

const oldRing = keyRingFrom([{ id: "test1", key: Buffer.alloc(32, 7) }]);

async function seedSecretsSealedWithOldKey(companies: number): Promise<void> {
  await db.ghlConnection.create({
    data: {
      ghlCompanyId: "agency-1",
      scopes: "",
      accessToken: encryptSecret("access-plain", oldRing),
      refreshToken: encryptSecret("refresh-plain", oldRing),
      accessTokenExpiresAt: new Date(),
    },
  });
  for (let index = 0; index < companies; index++) {
    const company = await db.company.create({ data: { name: `Company ${index}` } });
    await db.ghlSubaccount.create({
      data: {
        companyId: company.id,
        userEmail: `ops+${index}@agency.test`,
        password: encryptSecret(`password-${index}`, oldRing),
        // Every other one has no token yet: a null stays null.
        firebaseToken: index % 2 === 0 ? encryptSecret(`firebase-${index}`, oldRing) : null,
      },
    });
  }
}

describe("keys:rotate", () => {
  it("round-trips: a value sealed with one key opens with the ring, and the key id prefixes it", () => {
    const sealed = encryptSecret("s3cret");
    expect(sealed).toMatch(/^next:/);
    expect(decryptSecret(sealed)).toBe("s3cret");
    expect(decryptSecret(encryptSecret("s3cret", oldRing))).toBe("s3cret");
  });

  it("re-seals every registered column with the current key, in batches, and a second run finds nothing left", async () => {
    await seedSecretsSealedWithOldKey(450);

    const counts = await rotateSecretColumns(secretColumns, "next");

    // Every registered column is visited; only the GoHighLevel ones hold secrets in this test.
    expect(counts).toHaveLength(secretColumns.reduce((total, group) => total + group.columns.length, 0));
    expect(counts.filter((count) => count.resealed > 0)).toEqual([
      { table: "GhlConnection", column: "accessToken", resealed: 1 },
      { table: "GhlConnection", column: "refreshToken", resealed: 1 },
      { table: "GhlSubaccount", column: "password", resealed: 450 },
      { table: "GhlSubaccount", column: "firebaseToken", resealed: 225 },
    ]);
    const connection = await db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } });
    expect(connection.refreshToken).toMatch(/^next:/);
    expect(decryptSecret(connection.refreshToken)).toBe("refresh-plain");
    const sample = await db.ghlSubaccount.findFirstOrThrow({ where: { userEmail: "ops+4@agency.test" } });
    expect(decryptSecret(sample.password)).toBe("password-4");
    expect(decryptSecret(sample.firebaseToken ?? "")).toBe("firebase-4");

    expect((await rotateSecretColumns(secretColumns, "next")).every((count) => count.resealed === 0)).toBe(true);
  });

  it("npm run keys:rotate prints the counts", async () => {
    await db.ghlSubaccount.updateMany({ data: { password: encryptSecret("again", oldRing) } });

    const { stdout } = await promisify(execFile)("npm", ["run", "--silent", "keys:rotate"], { env: process.env });

    expect(stdout).toContain("GhlSubaccount.password: 450 re-encrypted");
    expect(stdout).toContain('every secret is now sealed with "next"');
  }, 30_000);
});
