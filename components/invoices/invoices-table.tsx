import { SortableHead } from "@/components/portal/sortable-head";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { signedInvoiceAmount } from "@/lib/invoices/invoice-labels";
import type { InvoiceSort } from "@/lib/invoices/invoice-query";
import type { InvoiceListItem } from "@/lib/invoices/list-invoices";
import type { SearchParams } from "@/lib/list-query";
import { formatMoney } from "@/lib/money";
import { CreditNoteBadge } from "./invoice-badges";
import { InvoiceIssuedCell, InvoiceStatusCell } from "./invoice-cells";
import { InvoiceNumberLink } from "./invoice-number-link";

export function InvoicesTable({
  invoices,
  pathname,
  params,
  sort,
}: {
  invoices: InvoiceListItem[];
  pathname: string;
  params: SearchParams;
  sort: InvoiceSort;
}) {
  const sortable = { pathname, params, sort };
  return (
    <Table data-testid="invoices-table">
      <TableHeader>
        <TableRow>
          <SortableHead label="Number" field="number" {...sortable} />
          <TableHead>Company</TableHead>
          <SortableHead label="Issued" field="issuedAt" {...sortable} />
          <TableHead>Status</TableHead>
          <SortableHead label="Amount" field="amount" className="text-right" {...sortable} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id} data-testid="invoice-row">
            <TableCell className="whitespace-nowrap">
              <div className="flex items-center gap-2">
                <InvoiceNumberLink invoice={invoice} />
                {invoice.kind === "CREDIT_NOTE" ? <CreditNoteBadge /> : null}
              </div>
              {invoice.creditedInvoice ? (
                <p className="text-xs text-muted-foreground">Credits {invoice.creditedInvoice.number}</p>
              ) : null}
            </TableCell>
            <TableCell className="max-w-56 truncate">{invoice.company.name}</TableCell>
            <InvoiceIssuedCell issuedAt={invoice.issuedAt} />
            <InvoiceStatusCell status={invoice.status} />
            <TableCell className="whitespace-nowrap text-right tabular-nums">
              {formatMoney(signedInvoiceAmount(invoice), invoice.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
