import type { Tx } from "@/lib/db-types";
import type { InvoiceKind } from "@/lib/generated/prisma/client";

const SERIES_PREFIX: Record<InvoiceKind, string> = { INVOICE: "INV", CREDIT_NOTE: "CN" };

/**
 * The next number of a kind's yearly series, e.g. INV-2026-00042. Must run inside
 * the transaction that inserts the invoice: the sequence row stays locked until it
 * commits, so concurrent invoices queue up, and a rollback returns the number —
 * no gaps, no duplicates.
 */
export async function nextInvoiceNumber(tx: Tx, kind: InvoiceKind, issuedAt: Date): Promise<string> {
  const series = `${SERIES_PREFIX[kind]}-${issuedAt.getUTCFullYear()}`;
  const [row] = await tx.$queryRaw<{ lastValue: number }[]>`
    INSERT INTO "InvoiceSequence" ("series", "lastValue") VALUES (${series}, 1)
    ON CONFLICT ("series") DO UPDATE SET "lastValue" = "InvoiceSequence"."lastValue" + 1
    RETURNING "lastValue"`;
  if (!row) throw new Error(`invoice sequence ${series} returned no value`);
  return `${series}-${String(row.lastValue).padStart(5, "0")}`;
}
