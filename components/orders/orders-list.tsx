import Link from "next/link";
import { OrderQuantityCell, OrderStatusCell } from "@/components/orders/order-cells";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { DateTimeText } from "@/components/portal/date-text";
import { DateTimeLinkCell } from "@/components/portal/date-time-link-cell";
import { SortableHead } from "@/components/portal/sortable-head";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SearchParams } from "@/lib/list-query";
import { formatMoney, formatProviderMoney } from "@/lib/money";
import type { OrderFilters, OrderListItem } from "@/lib/orders/list-orders";
import { type OrderMoney, orderMoney, totalsByCurrency } from "@/lib/orders/order-list-money";
import { NETWORK_LABELS } from "@/lib/services/network";

type Props = { orders: OrderListItem[]; agencyCurrency: string; pathname: string; params: SearchParams; sort: OrderFilters["sort"] };

/** A row in another currency than the agency's says so: its amounts are not comparable with the rest. */
function CurrencyMark({ money }: { money: OrderMoney }) {
  if (!money.foreign) return null;
  return (
    <Badge variant="warning" data-testid="foreign-currency" title={`Billed by the panel in ${money.currency}, not the agency currency`}>
      {money.currency}
    </Badge>
  );
}

function CostText({ money }: { money: OrderMoney }) {
  return money.cost ? formatProviderMoney(money.cost, money.currency) : <span className="text-muted-foreground">— (nothing ordered)</span>;
}

function InvoicedText({ money }: { money: OrderMoney }) {
  if (money.invoice) {
    return (
      <Link href={`/invoices/${money.invoice.id}`} className="hover:underline">
        {formatMoney(money.invoice.amount, money.invoice.currency)}
      </Link>
    );
  }
  if (!money.notInvoiced) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="text-muted-foreground">
      {formatMoney(money.notInvoiced, money.currency)} <span className="whitespace-nowrap text-xs">(not invoiced)</span>
    </span>
  );
}

function ServiceText({ order }: { order: OrderListItem }) {
  return (
    <>
      <span className="text-muted-foreground">{NETWORK_LABELS[order.network]} · </span>
      {order.serviceName}
    </>
  );
}

/** The orders of one list page: a table from tablet width up, one card per order on a phone. */
export function OrdersList({ orders, agencyCurrency, pathname, params, sort }: Props) {
  const rows = orders.map((order) => ({ order, money: orderMoney(order, agencyCurrency) }));
  const sortProps = { pathname, params, sort };
  return (
    <>
      <div className="hidden md:block" data-testid="orders-table">
        <Table className="table-fixed">
          <colgroup>
            <col className="w-36" />
            <col className="w-[14%]" />
            <col />
            <col className="w-[18%]" />
            <col className="w-20" />
            <col className="w-28" />
            <col className="w-28" />
            <col className="w-32" />
          </colgroup>
          <TableHeader>
            <TableRow>
              <SortableHead label="Placed" field="createdAt" {...sortProps} />
              <TableHead>Company</TableHead>
              <TableHead>Service</TableHead>
              <TableHead>Target</TableHead>
              <SortableHead label="Qty" field="quantity" {...sortProps} className="text-right" />
              <SortableHead label="Status" field="status" {...sortProps} />
              <SortableHead label="Cost" field="expectedCost" {...sortProps} className="text-right" />
              <TableHead className="text-right">Invoiced</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map(({ order, money }) => (
              <TableRow key={order.id} data-testid="order-row">
                <DateTimeLinkCell href={`/orders/${order.id}`} date={order.createdAt} />
                <TableCell className="break-words">
                  <Link href={`/companies/${order.company.id}`} className="hover:underline">
                    {order.company.name}
                  </Link>
                </TableCell>
                <TableCell className="break-words" data-testid="order-service">
                  <ServiceText order={order} />
                </TableCell>
                <TableCell className="break-all text-xs" title={order.link}>
                  <span className="line-clamp-2">{order.link}</span>
                </TableCell>
                <OrderQuantityCell quantity={order.quantity} />
                <OrderStatusCell status={order.status} />
                <TableCell className="text-right tabular-nums">
                  <div className="flex flex-col items-end gap-1">
                    <CostText money={money} />
                    <CurrencyMark money={money} />
                  </div>
                </TableCell>
                <TableCell className="text-right tabular-nums" data-testid="order-invoiced">
                  <InvoicedText money={money} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <ul className="grid gap-3 md:hidden" aria-label="Orders" data-testid="order-cards">
        {rows.map(({ order, money }) => (
          <li key={order.id} className="rounded-lg border bg-card p-4 text-sm" data-testid="order-card">
            <div className="flex items-start justify-between gap-2">
              <Link href={`/orders/${order.id}`} className="font-medium text-primary hover:underline">
                <DateTimeText date={order.createdAt} />
              </Link>
              <OrderStatusBadge status={order.status} />
            </div>
            <p className="mt-2 break-words font-medium">{order.company.name}</p>
            <p className="break-words">
              <ServiceText order={order} />
            </p>
            <p className="mt-1 break-all text-xs text-muted-foreground">{order.link}</p>
            <dl className="mt-3 grid grid-cols-3 gap-2">
              <div>
                <dt className="text-xs text-muted-foreground">Qty</dt>
                <dd className="tabular-nums">{order.quantity.toLocaleString("en-US")}</dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">Cost</dt>
                <dd className="tabular-nums">
                  <CostText money={money} /> <CurrencyMark money={money} />
                </dd>
              </div>
              <div>
                <dt className="text-xs text-muted-foreground">Invoiced</dt>
                <dd className="tabular-nums">
                  <InvoicedText money={money} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <CurrencyTotals orders={orders} agencyCurrency={agencyCurrency} />
    </>
  );
}

/** This page's sums per currency, so amounts in two currencies are never read as one figure. */
function CurrencyTotals({ orders, agencyCurrency }: { orders: OrderListItem[]; agencyCurrency: string }) {
  const totals = totalsByCurrency(orders, agencyCurrency);
  return (
    <section aria-label="Totals on this page" className="mt-3 rounded-lg border bg-card p-3 text-sm" data-testid="currency-totals">
      <h2 className="mb-1 font-medium">This page{totals.length > 1 ? ", per currency (amounts are not converted)" : ""}</h2>
      <ul className="grid gap-1">
        {totals.map((total) => (
          <li key={total.currency} data-testid="currency-total" data-currency={total.currency} className="flex flex-wrap gap-x-4">
            <span className="font-medium">{total.currency}</span>
            <span>{total.orders.toLocaleString("en-US")} orders</span>
            <span className="tabular-nums">cost {formatProviderMoney(total.cost, total.currency)}</span>
            <span className="tabular-nums">invoiced {formatMoney(total.invoiced, total.currency)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
