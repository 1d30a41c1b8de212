import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { InvoiceDetail } from "@/lib/invoices/invoice-detail";
import { formatMoney, formatProviderMoney } from "@/lib/money";

/** On a phone, quantity and unit price move under the description so the amounts and total stay on screen. */
export function InvoiceLinesTable({ invoice }: { invoice: InvoiceDetail }) {
  const money = (amount: InvoiceDetail["amount"]) => formatMoney(amount, invoice.currency);
  const totalLabel = invoice.kind === "CREDIT_NOTE" ? "Total credited" : "Total";
  return (
    <Table data-testid="invoice-lines">
      <caption className="sr-only">Line items</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Description</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Quantity</TableHead>
          <TableHead className="hidden text-right sm:table-cell">Unit price</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoice.lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell className="break-words sm:min-w-64">
              {line.description}
              <span className="mt-1 block text-xs text-muted-foreground tabular-nums sm:hidden">
                {line.quantity.toLocaleString("en-US")} × {formatProviderMoney(line.unitPrice, invoice.currency)}
              </span>
            </TableCell>
            <TableCell className="hidden text-right tabular-nums sm:table-cell">{line.quantity.toLocaleString("en-US")}</TableCell>
            <TableCell className="hidden whitespace-nowrap text-right tabular-nums sm:table-cell">{formatProviderMoney(line.unitPrice, invoice.currency)}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">{money(line.amount)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell className="text-right font-semibold sm:hidden">{totalLabel}</TableCell>
          <TableCell colSpan={3} className="hidden text-right font-semibold sm:table-cell">
            {totalLabel}
          </TableCell>
          <TableCell className="whitespace-nowrap text-right font-semibold tabular-nums" data-testid="invoice-total">
            {money(invoice.amount)}
          </TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
