import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { rotateSecretColumns } from "@/lib/crypto/rotate-keys";
import { secretColumns } from "@/lib/crypto/secret-columns";

/**
 * `npm run keys:rotate`: re-encrypts every secret column (lib/crypto/secret-columns.ts) with
 * the first key of ENCRYPTION_KEYS. Safe to stop and run again: only values sealed with
 * another key are touched. Remove an old key from ENCRYPTION_KEYS only after a run that
 * re-sealed nothing more.
 */
async function main(): Promise<void> {
  const currentKeyId = env().ENCRYPTION_KEYS[0].id;
  console.info(`Re-encrypting secrets with key "${currentKeyId}"...`);
  const counts = await rotateSecretColumns(secretColumns, currentKeyId);
  for (const count of counts) console.info(`  ${count.table}.${count.column}: ${count.resealed} re-encrypted`);
  const total = counts.reduce((sum, count) => sum + count.resealed, 0);
  console.info(`Done: ${total} value(s) re-encrypted; every secret is now sealed with "${currentKeyId}".`);
}

try {
  await main();
} catch (error) {
  console.error(`keys:rotate stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
