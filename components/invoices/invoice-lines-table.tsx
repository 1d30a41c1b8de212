import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { InvoiceDetail } from "@/lib/invoices/invoice-detail";
import { formatMoney } from "@/lib/money";

export function InvoiceLinesTable({ invoice }: { invoice: InvoiceDetail }) {
  const money = (amount: InvoiceDetail["amount"]) => formatMoney(amount, invoice.currency, { exact: true });
  return (
    <Table>
      <caption className="sr-only">Line items</caption>
      <TableHeader>
        <TableRow>
          <TableHead>Description</TableHead>
          <TableHead className="text-right">Quantity</TableHead>
          <TableHead className="text-right">Unit price</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {invoice.lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell className="min-w-64 break-all">{line.description}</TableCell>
            <TableCell className="text-right tabular-nums">{line.quantity.toLocaleString("en-US")}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">{money(line.unitPrice)}</TableCell>
            <TableCell className="whitespace-nowrap text-right tabular-nums">{money(line.amount)}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell colSpan={3} className="text-right font-semibold">
            {invoice.kind === "CREDIT_NOTE" ? "Total credited" : "Total"}
          </TableCell>
          <TableCell className="whitespace-nowrap text-right font-semibold tabular-nums">{money(invoice.amount)}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
