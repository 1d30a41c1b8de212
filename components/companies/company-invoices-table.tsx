import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CompanyRecentInvoice } from "@/lib/companies/get-company";
import { formatDate } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { InvoiceStatusBadge } from "@/components/invoices/invoice-badges";

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
            <TableCell className="whitespace-nowrap font-medium">
              <Link href={`/invoices/${invoice.id}`} className="text-primary hover:underline">
                {invoice.number}
              </Link>
            </TableCell>
            <TableCell className="whitespace-nowrap">{invoice.kind === "CREDIT_NOTE" ? "Credit note" : "Invoice"}</TableCell>
            <TableCell className="whitespace-nowrap">{formatDate(invoice.issuedAt)}</TableCell>
            <TableCell>
              <InvoiceStatusBadge status={invoice.status} />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {invoice.kind === "CREDIT_NOTE" ? "−" : ""}
              {formatMoney(invoice.amount, invoice.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
