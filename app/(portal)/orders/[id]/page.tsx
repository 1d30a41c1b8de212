import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cancelOrderAction, checkRefillStatusAction, refillOrderAction, syncOrderAction } from "@/actions/orders";
import { orderIdValueSchema } from "@/actions/orders.validation";
import { ActionButton } from "@/components/forms/action-button";
import { NeedsReviewPanel } from "@/components/orders/needs-review-panel";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { firstParam, type SearchParams } from "@/lib/list-query";
import { type DecimalInput, formatMoney, formatProviderMoney, sellPrice, toDecimal } from "@/lib/money";
import { getOrderDetail } from "@/lib/orders/order-detail";
import { NETWORK_LABELS } from "@/lib/services/network";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Order" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function OrderPage({ params, searchParams }: Props) {
  await requireAdminSession();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const orderId = orderIdValueSchema.safeParse(id);
  if (!orderId.success) notFound();
  const [order, settings] = await Promise.all([getOrderDetail(orderId.data), getSettings()]);
  if (!order) notFound();
  const currency = order.currency ?? settings.currency;
  const timeZone = settings.timezone;
  // Nothing was bought: a cost or amount would read as if it were real.
  const failed = order.status === "FAILED";
  const invoice = order.invoices.find((entry) => entry.kind === "INVOICE");
  const creditNotes = order.invoices.filter((entry) => entry.kind === "CREDIT_NOTE");
  const money = (value: DecimalInput) => formatMoney(value, currency);
  const providerMoney = (value: DecimalInput) => formatProviderMoney(value, currency);

  const details: [string, React.ReactNode][] = [
    ["Company", <Link key="c" href={`/companies/${order.company.id}`} className="text-primary hover:underline">{order.company.name}</Link>],
    ["Service", `#${order.serviceId} ${order.serviceName} (${order.serviceType}, ${NETWORK_LABELS[order.network]})`],
    ["Target link", <span key="l" className="break-all">{order.link}</span>],
    ["Quantity", order.quantity.toLocaleString("en-US")],
    ["Panel order", order.providerOrderId ? `#${order.providerOrderId}` : "—"],
    ["Rate per 1000", providerMoney(order.ratePer1000)],
    ["Expected cost", failed ? "— (nothing was ordered)" : providerMoney(order.expectedCost)],
    ["Charged by the panel", order.charge ? providerMoney(order.charge) : "—"],
    ["Start count", order.startCount?.toLocaleString("en-US") ?? "—"],
    ["Remains", order.remains?.toLocaleString("en-US") ?? "—"],
    ["Invoice multiplier", `× ${order.multiplier.toString()}`],
    [
      "Invoice amount",
      invoice
        ? money(invoice.amount)
        : failed
          ? "— (not invoiced: the order failed)"
          : `${money(sellPrice(order.expectedCost, order.multiplier, currency))} (not invoiced)`,
    ],
    ["Ordered", formatDateTime(order.createdAt, timeZone)],
    ["Last synced", order.lastSyncedAt ? formatDateTime(order.lastSyncedAt, timeZone) : "never"],
  ];

  return (
    <>
      <PageHeader
        title={`Order for ${order.company.name}`}
        description={`${order.serviceName} · ${order.link}`}
        actions={
          <>
            {order.providerOrderId ? (
              <ActionButton action={syncOrderAction} input={{ orderId: order.id }} successMessage="Order synced." variant="outline">
                Sync status
              </ActionButton>
            ) : null}
            {order.canRefill ? (
              <ActionButton
                action={refillOrderAction}
                input={{ orderId: order.id }}
                successMessage="Refill requested."
                variant="outline"
                confirm={{
                  title: "Request a refill on the panel?",
                  description: `The panel tops up ${order.quantity.toLocaleString("en-US")} units lost since delivery, at no charge, when its service's refill guarantee still applies. One refill runs at a time.`,
                  confirmLabel: "Request refill",
                }}
              >
                Request refill
              </ActionButton>
            ) : null}
            {order.refillId !== null ? (
              <ActionButton action={checkRefillStatusAction} input={{ orderId: order.id }} successMessage="Refill status checked." variant="outline">
                Check refill status
              </ActionButton>
            ) : null}
            {order.canCancel ? (
              <ActionButton
                action={cancelOrderAction}
                input={{ orderId: order.id }}
                successMessage="Cancellation requested."
                variant="destructive"
                confirm={{
                  title: "Cancel this order on the panel?",
                  description: "The panel stops delivery if it still can; the undelivered share is credited once it reports the cancellation.",
                  confirmLabel: "Cancel order",
                }}
              >
                Cancel order
              </ActionButton>
            ) : null}
          </>
        }
      />
      <div className="grid gap-4">
        {firstParam(query, "placed") && invoice ? (
          <Alert variant="success" data-testid="order-placed">
            Order placed on the panel as #{order.providerOrderId}; invoice {invoice.number} issued.
          </Alert>
        ) : null}
        {order.status === "NEEDS_REVIEW" ? <NeedsReviewPanel orderId={order.id} reason={order.lastError} /> : null}
        {order.status === "FAILED" && order.lastError ? <Alert variant="destructive">{order.lastError}</Alert> : null}
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <Card>
            <CardHeader className="flex flex-row items-center justify-between">
              <CardTitle>Details</CardTitle>
              <OrderStatusBadge status={order.status} />
            </CardHeader>
            <CardContent>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                {details.map(([label, value]) => (
                  <div key={label} className="grid gap-0.5">
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd className="font-medium">{value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>Billing</CardTitle>
            </CardHeader>
            <CardContent className="grid gap-3 text-sm">
              {invoice ? (
                <Link href={`/invoices/${invoice.id}`} className="flex items-center justify-between gap-2 hover:underline" data-testid="order-invoice">
                  <span>Invoice {invoice.number}</span>
                  <span className="font-medium">{money(invoice.amount)}</span>
                </Link>
              ) : (
                <p className="text-muted-foreground">No invoice: the order was not placed.</p>
              )}
              {creditNotes.map((note) => (
                <Link key={note.id} href={`/invoices/${note.id}`} className="flex items-center justify-between gap-2 hover:underline" data-testid="order-credit-note">
                  <span>
                    Credit note {note.number} <Badge variant="warning">credit</Badge>
                  </span>
                  <span className="font-medium">{money(toDecimal(note.amount).negated())}</span>
                </Link>
              ))}
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>Timeline</CardTitle>
          </CardHeader>
          <CardContent>
            <OrderTimeline events={order.events} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
