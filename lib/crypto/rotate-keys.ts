import { db } from "@/lib/db";
import { decryptSecret, encryptSecret } from "./secret-box";
import type { SecretColumnGroup } from "./secret-columns";

export type RotationCount = { table: string; column: string; resealed: number };

const BATCH_SIZE = 200;

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/**
 * Re-seals one column with the current key, a batch at a time. Only values sealed with
 * another key are read, so a run stopped half-way resumes where it left off, and each
 * batch is written with a compare-and-set on the old value (a concurrent write wins).
 */
async function rotateColumn(group: SecretColumnGroup, column: string, currentKeyId: string): Promise<number> {
  const table = quoted(group.table);
  const id = quoted(group.idColumn);
  const value = quoted(column);
  const currentPrefix = `${currentKeyId}:`;
  let resealed = 0;
  let afterId = "";
  for (;;) {
    const rows = await db.$queryRawUnsafe<{ id: string; sealed: string }[]>(
      `SELECT ${id}::text AS id, ${value} AS sealed FROM ${table}
       WHERE ${value} IS NOT NULL AND left(${value}, $1) <> $2 AND ${id}::text > $3
       ORDER BY ${id} LIMIT ${BATCH_SIZE}`,
      currentPrefix.length,
      currentPrefix,
      afterId,
    );
    if (rows.length === 0) return resealed;
    await db.$transaction(async (tx) => {
      for (const row of rows) {
        resealed += await tx.$executeRawUnsafe(
          `UPDATE ${table} SET ${value} = $1 WHERE ${id}::text = $2 AND ${value} = $3`,
          encryptSecret(decryptSecret(row.sealed)),
          row.id,
          row.sealed,
        );
      }
    });
    afterId = rows[rows.length - 1]!.id;
  }
}

/** Re-seals every registered secret column with the current key; returns counts per column. */
export async function rotateSecretColumns(
  groups: readonly SecretColumnGroup[],
  currentKeyId: string,
): Promise<RotationCount[]> {
  const counts: RotationCount[] = [];
  for (const group of groups) {
    for (const column of group.columns) {
      counts.push({ table: group.table, column, resealed: await rotateColumn(group, column, currentKeyId) });
    }
  }
  return counts;
}
