import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { InvoiceDetail } from "@/lib/invoices/invoice-detail";
import { formatMoney } from "@/lib/money";
import { InvoiceStatusBadge } from "./invoice-badges";
import { InvoiceNumberLink } from "./invoice-number-link";
import { DateText } from "@/components/portal/date-text";

type LinkedDocument = { id: string; number: string; status: InvoiceDetail["status"]; amount: InvoiceDetail["amount"]; currency: string };

function DocumentRow({ document, sign, note }: { document: LinkedDocument; sign: "" | "-"; note?: React.ReactNode }) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 border-b py-2 last:border-0">
      <span className="flex items-center gap-2">
        <InvoiceNumberLink invoice={document} />
        <InvoiceStatusBadge status={document.status} />
        {note ? <span className="text-xs text-muted-foreground">{note}</span> : null}
      </span>
      <span className="tabular-nums">
        {sign}
        {formatMoney(document.amount, document.currency)}
      </span>
    </li>
  );
}

/** An invoice's credit notes, or the invoice a credit note credits. */
export function LinkedDocumentsCard({ invoice }: { invoice: InvoiceDetail }) {
  if (invoice.creditedInvoice) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Credited invoice</CardTitle>
        </CardHeader>
        <CardContent>
          <ul>
            <DocumentRow document={invoice.creditedInvoice} sign="" />
          </ul>
        </CardContent>
      </Card>
    );
  }
  return (
    <Card>
      <CardHeader>
        <CardTitle>Credit notes</CardTitle>
      </CardHeader>
      <CardContent>
        {invoice.creditNotes.length === 0 ? (
          <p className="text-sm text-muted-foreground">None: the order has not been credited.</p>
        ) : (
          <ul>
            {invoice.creditNotes.map((creditNote) => (
              <DocumentRow key={creditNote.id} document={creditNote} sign="-" note={<>issued <DateText date={creditNote.issuedAt} /></>} />
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
