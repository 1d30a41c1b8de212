import { SortableHead } from "@/components/portal/sortable-head";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { SearchParams } from "@/lib/list-query";
import { formatMoney, formatProviderMoney } from "@/lib/money";
import type { OrderFilters, OrderListItem } from "@/lib/orders/list-orders";
import { totalsByCurrency } from "@/lib/orders/order-list-money";
import { orderRowViews } from "./order-row-views";
import { OrderCards, OrderTableRows } from "./order-rows";

type Props = {
  orders: OrderListItem[];
  agencyCurrency: string;
  /** The agency's (Settings): the page has read them already, and an awaited read here would stream the list as a segment of its own. */
  timeZone: string;
  pathname: string;
  params: SearchParams;
  sort: OrderFilters["sort"];
};

/** The orders of one list page: a table from tablet width up, one card per order on a phone. */
export function OrdersList({ orders, agencyCurrency, timeZone, pathname, params, sort }: Props) {
  const rows = orderRowViews(orders, agencyCurrency, timeZone);
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
            <OrderTableRows rows={rows} />
          </TableBody>
        </Table>
      </div>
      <OrderCards rows={rows} />
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
