import { DateTimeText } from "@/components/portal/date-text";
import { formatDate } from "@/lib/format";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { InvoicePayment } from "@/lib/generated/prisma/client";
import { PAYMENT_METHOD_LABEL } from "@/lib/invoices/payment-labels";

/** Every payment recorded for the document; undone ones stay, struck through, with why. */
export function PaymentsCard({ payments }: { payments: InvoicePayment[] }) {
  if (payments.length === 0) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Payments</CardTitle>
      </CardHeader>
      <CardContent>
        <ul className="grid gap-3" data-testid="invoice-payments">
          {payments.map((payment) => (
            <li key={payment.id} className="grid gap-0.5 text-sm">
              <span className={payment.undoneAt ? "line-through text-muted-foreground" : "font-medium"}>
                {/* A calendar day (a DATE column, read back as UTC midnight): shown as stored, not shifted. */}
                {PAYMENT_METHOD_LABEL[payment.method]} on {formatDate(payment.paidOn, "UTC")}
                {payment.reference ? ` · ref. ${payment.reference}` : ""}
              </span>
              {payment.undoneAt ? (
                <span className="text-muted-foreground">
                  Undone <DateTimeText date={payment.undoneAt} />: {payment.undoNote}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
