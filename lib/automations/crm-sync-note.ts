import { formatMoney } from "@/lib/money";
import { NETWORK_LABELS } from "@/lib/services/network";
import type { SyncRow } from "./sync-source";

/** ORDER_STATUS → "order status", as people read it. */
const words = (value: string) => value.toLowerCase().replaceAll("_", " ");
const slug = (value: string) => value.toLowerCase().replaceAll("_", "-");

/**
 * The last line of every note: which record, in which version. A run that resumes after a
 * failure looks for it on the contact before adding the note again.
 */
export function crmNoteMarker(row: SyncRow): string {
  return `[social-scale ${row.entity.slice(0, -1)} ${row.id} ${row.updatedAt.toISOString()}]`;
}

/** The note telling the agency's CRM about a new or changed order or invoice. */
export function crmNoteBody(row: SyncRow): string {
  const lines =
    row.entity === "orders"
      ? [
          `Order: ${row.record.quantity} × ${row.record.serviceName} (${NETWORK_LABELS[row.record.network]}), ${words(row.record.status)}`,
          `Link: ${row.record.link}`,
          ...(row.record.providerOrderId ? [`Panel order: ${row.record.providerOrderId}`] : []),
          ...(row.record.charge !== null ? [`Charged by the panel: ${row.record.charge}`] : []),
          ...(row.record.remains !== null ? [`Remains: ${row.record.remains}`] : []),
        ]
      : [
          `${row.record.kind === "CREDIT_NOTE" ? "Credit note" : "Invoice"} ${row.record.number}: ${formatMoney(row.record.amount, row.record.currency)}, ${words(row.record.status)}`,
          `Issued: ${row.record.issuedAt.slice(0, 10)}`,
        ];
  return [...lines, crmNoteMarker(row)].join("\n");
}

/** Tags the contact gains, so the CRM can filter clients by what happened (tags only accumulate). */
export function crmTags(row: SyncRow): string[] {
  if (row.entity === "orders") return [`social-scale-order-${slug(row.record.status)}`];
  return [`social-scale-${slug(row.record.kind)}-${slug(row.record.status)}`];
}
