import Link from "next/link";
import { DetailItem } from "@/components/portal/detail-item";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { InvoiceDetail } from "@/lib/invoices/invoice-detail";
import { formatMoney, formatProviderMoney, toDecimal } from "@/lib/money";
import { InvoiceStatusBadge } from "./invoice-badges";
import { DateTimeText } from "@/components/portal/date-text";

export function InvoiceSummaryCard({ invoice }: { invoice: InvoiceDetail }) {
  const { company, order, currency } = invoice;
  const isCreditNote = invoice.kind === "CREDIT_NOTE";
  return (
    <Card>
      <CardHeader>
        <CardTitle>Summary</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <DetailItem label="Status">
            <InvoiceStatusBadge status={invoice.status} />
          </DetailItem>
          <DetailItem label={isCreditNote ? "Amount credited" : "Amount"}>
            <span className="font-semibold tabular-nums" data-testid="invoice-amount">
              {formatMoney(invoice.amount, currency)}
            </span>
          </DetailItem>
          <DetailItem label="Issued"><DateTimeText date={invoice.issuedAt} /></DetailItem>
          <DetailItem label="Company">
            <Link href={`/companies/${company.id}`} className="text-primary hover:underline">
              {company.name}
            </Link>
          </DetailItem>
          <DetailItem label="Order">
            <Link href={`/orders/${order.id}`} className="text-primary hover:underline">
              {order.serviceName}
            </Link>
            <span className="block text-xs text-muted-foreground">
              {order.quantity.toLocaleString("en-US")} units
              {order.providerOrderId ? ` · panel order #${order.providerOrderId}` : ""}
            </span>
          </DetailItem>
          <DetailItem label="Provider cost × multiplier">
            <span className="tabular-nums">
              {formatProviderMoney(invoice.providerCost, currency)} × {toDecimal(invoice.multiplier).toString()}
            </span>
          </DetailItem>
          {invoice.paidAt ? <DetailItem label={isCreditNote ? "Refunded" : "Paid"}><DateTimeText date={invoice.paidAt} /></DetailItem> : null}
          {invoice.voidedAt ? <DetailItem label="Voided"><DateTimeText date={invoice.voidedAt} /></DetailItem> : null}
          {invoice.reason ? (
            <DetailItem label="Reason">
              <span className="whitespace-pre-line">{invoice.reason}</span>
            </DetailItem>
          ) : null}
          <DetailItem label="E-mailed">
            <span data-testid="invoice-emailed">
              {invoice.emailedAt && invoice.emailedTo
                ? <><DateTimeText date={invoice.emailedAt} /> to {invoice.emailedTo}</>
                : company.contactEmail
                  ? "Not yet"
                  : "Not yet — the company has no contact e-mail address"}
            </span>
          </DetailItem>
        </dl>
      </CardContent>
    </Card>
  );
}
