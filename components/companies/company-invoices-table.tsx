import { InvoiceIssuedCell, InvoiceStatusCell } from "@/components/invoices/invoice-cells";
import { InvoiceNumberLink } from "@/components/invoices/invoice-number-link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CompanyRecentInvoice } from "@/lib/companies/get-company";
import { signedInvoiceAmount } from "@/lib/invoices/invoice-labels";
import { formatMoney } from "@/lib/money";

export function CompanyInvoicesTable({ invoices }: { invoices: CompanyRecentInvoice[] }) {
  return (
    <Table data-testid="company-invoices">
      <TableHeader>
        <TableRow>
          <TableHead>Number</TableHead>
          <TableHead>Kind</TableHead>
          <TableHead>Issued</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoices.map((invoice) => (
          <TableRow key={invoice.id}>
            <TableCell>
              <InvoiceNumberLink invoice={invoice} />
            </TableCell>
            <TableCell className="whitespace-nowrap">{invoice.kind === "CREDIT_NOTE" ? "Credit note" : "Invoice"}</TableCell>
            <InvoiceIssuedCell issuedAt={invoice.issuedAt} />
            <InvoiceStatusCell status={invoice.status} />
            <TableCell className="text-right tabular-nums">
              {formatMoney(signedInvoiceAmount(invoice), invoice.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
