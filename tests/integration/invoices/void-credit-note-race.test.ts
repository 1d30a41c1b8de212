import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { voidInvoice } from "@/lib/invoices/invoice-status";
import { issueCreditNote } from "@/lib/invoices/issue-invoices";
import { createCompany, seedInvoice } from "./seed-invoices";

const PAIRS = 10;

/**
 * The status sync issues a credit note inside a longer transaction (status change,
 * timeline event): here the transaction stays open a moment after issuing it, so a
 * void that starts meanwhile finds the invoice locked by an uncommitted credit note.
 */
function issueCreditNoteInSync(orderId: string) {
  return db.$transaction(async (tx) => {
    const creditNote = await issueCreditNote(tx, orderId, { undeliveredUnits: 300, orderedUnits: 1000, reason: "Partial" });
    await tx.$executeRaw`SELECT pg_sleep(0.15)`;
    return creditNote;
  });
}

describe("voidInvoice racing a credit note", () => {
  it("never leaves a void invoice with a credit note that still counts", async () => {
    const company = await createCompany({ name: "Race Co" });
    const seeded = [];
    for (let pair = 0; pair < PAIRS; pair++) seeded.push(await seedInvoice(company));

    // The void starts at a different moment of each pair: before, during and after the credit note's transaction.
    const outcomes = await Promise.all(
      seeded.map(async ({ order, invoice }, pair) => {
        const [credit, voided] = await Promise.allSettled([
          issueCreditNoteInSync(order.id),
          sleep(pair * 20).then(() => voidInvoice(invoice.id, "Race")),
        ]);
        return { invoiceId: invoice.id, credit, voided };
      }),
    );

    const stored = await Promise.all(
      outcomes.map(({ invoiceId }) =>
        db.invoice.findUniqueOrThrow({
          where: { id: invoiceId },
          select: { number: true, status: true, creditNotes: { select: { number: true, status: true } } },
        }),
      ),
    );
    // The invariant: a void invoice has no credit note that still counts.
    const violations = stored
      .filter((invoice) => invoice.status === "VOID" && invoice.creditNotes.some((creditNote) => creditNote.status !== "VOID"))
      .map((invoice) => `${invoice.number} is void, credited by ${invoice.creditNotes.map((creditNote) => creditNote.number).join(", ")}`);
    expect(violations).toEqual([]);

    // And each pair ended one of the two consistent ways.
    outcomes.forEach(({ credit, voided }, pair) => {
      const invoice = stored[pair]!;
      expect(credit.status).toBe("fulfilled");
      if (invoice.status === "VOID") {
        // The void came first: no credit note was issued.
        expect(voided.status).toBe("fulfilled");
        expect(credit.status === "fulfilled" ? credit.value : "failed").toBeNull();
        expect(invoice.creditNotes).toEqual([]);
      } else {
        // The credit note came first: the void was refused, naming it.
        expect(invoice.status).toBe("ISSUED");
        expect(invoice.creditNotes).toEqual([{ number: expect.any(String), status: "ISSUED" }]);
        expect(voided.status === "rejected" ? String(voided.reason) : "voided").toContain(
          `Credit note ${invoice.creditNotes[0]?.number} credits this invoice: void it first.`,
        );
      }
    });
  });
});
