import Link from "next/link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import type { InvoiceDetail } from "@/lib/invoices/invoice-detail";
import { formatMoney, toDecimal } from "@/lib/money";
import { InvoiceStatusBadge } from "./invoice-badges";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
      <dd className="break-words text-sm">{children}</dd>
    </div>
  );
}

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
          <Fact label="Status">
            <InvoiceStatusBadge status={invoice.status} />
          </Fact>
          <Fact label={isCreditNote ? "Amount credited" : "Amount"}>
            <span className="font-semibold tabular-nums" data-testid="invoice-amount">
              {formatMoney(invoice.amount, currency, { exact: true })}
            </span>
          </Fact>
          <Fact label="Issued">{formatDateTime(invoice.issuedAt)}</Fact>
          <Fact label="Company">
            <Link href={`/companies/${company.id}`} className="text-primary hover:underline">
              {company.name}
            </Link>
          </Fact>
          <Fact label="Order">
            <Link href={`/orders/${order.id}`} className="text-primary hover:underline">
              {order.serviceName}
            </Link>
            <span className="block text-xs text-muted-foreground">
              {order.quantity.toLocaleString("en-US")} units
              {order.providerOrderId ? ` · panel order #${order.providerOrderId}` : ""}
            </span>
          </Fact>
          <Fact label="Provider cost × multiplier">
            <span className="tabular-nums">
              {formatMoney(invoice.providerCost, currency, { exact: true })} × {toDecimal(invoice.multiplier).toString()}
            </span>
          </Fact>
          {invoice.paidAt ? <Fact label={isCreditNote ? "Refunded" : "Paid"}>{formatDateTime(invoice.paidAt)}</Fact> : null}
          {invoice.voidedAt ? <Fact label="Voided">{formatDateTime(invoice.voidedAt)}</Fact> : null}
          {invoice.reason ? (
            <Fact label="Reason">
              <span className="whitespace-pre-line">{invoice.reason}</span>
            </Fact>
          ) : null}
          <Fact label="E-mailed">
            <span data-testid="invoice-emailed">
              {invoice.emailedAt && invoice.emailedTo
                ? `${formatDateTime(invoice.emailedAt)} to ${invoice.emailedTo}`
                : company.contactEmail
                  ? "Not yet"
                  : "Not yet — the company has no contact e-mail address"}
            </span>
          </Fact>
        </dl>
      </CardContent>
    </Card>
  );
}
