import { createHash } from "node:crypto";

export type InvoiceEmailKeyInput = {
  invoiceId: string;
  /** When the invoice was last e-mailed, as recorded before this send; null if never. */
  previousEmailedAt: Date | null;
  recipient: string;
  subject: string;
  text: string;
  html: string;
  pdf: Buffer;
};

/**
 * Resend's idempotency key for one send of an invoice.
 *
 * Requests that race — a double click, two tabs, a retry after a lost answer —
 * all read the same "last e-mailed" time, so they share a key and Resend
 * delivers once. A later, deliberate re-send reads the time the previous send
 * recorded and gets a new key. The digest of what is sent is part of the key:
 * Resend refuses a reused key with a different payload, and a changed invoice
 * or recipient is a different e-mail anyway.
 */
export function invoiceEmailIdempotencyKey(input: InvoiceEmailKeyInput): string {
  const generation = input.previousEmailedAt?.toISOString() ?? "first";
  const digest = createHash("sha256")
    .update(JSON.stringify([input.recipient.toLowerCase(), input.subject, input.text, input.html]))
    .update(input.pdf)
    .digest("hex")
    .slice(0, 32);
  return `invoice-email/${input.invoiceId}/${generation}/${digest}`;
}
