import Link from "next/link";
import { OrderStatusCell, OrderTargetCell } from "@/components/orders/order-cells";
import { DateTimeLinkCell } from "@/components/portal/date-time-link-cell";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { OrderWithProfit } from "@/lib/analytics/order-history";
import { formatMoney } from "@/lib/money";
import { cn } from "@/lib/utils";

function Amount({ value, currency, signed = false }: { value: OrderWithProfit["profit"]; currency: string; signed?: boolean }) {
  // An order the panel never accepted cost and earned nothing: a dash, not a zero that looks real.
  if (value === null) return <span className="text-muted-foreground" title="Not placed with the panel">—</span>;
  return <span className={cn(signed && value.isNegative() && "text-destructive")}>{formatMoney(value, currency)}</span>;
}

/** Orders with what each cost, earned and left as profit (company history, target link analytics). */
export function OrdersProfitTable({ orders, currency, showCompany }: { orders: OrderWithProfit[]; currency: string; showCompany: boolean }) {
  return (
    <div className="overflow-x-auto">
      <Table data-testid="orders-profit">
        <TableHeader>
          <TableRow>
            <TableHead>Ordered</TableHead>
            {showCompany ? <TableHead>Company</TableHead> : null}
            <TableHead>Service</TableHead>
            <TableHead>Link</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="text-right">Revenue</TableHead>
            <TableHead className="text-right">Cost</TableHead>
            <TableHead className="text-right">Profit</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {orders.map((order) => (
            <TableRow key={order.id}>
              <DateTimeLinkCell href={`/orders/${order.id}`} date={order.createdAt} />
              {showCompany ? (
                <TableCell>
                  <Link href={`/companies/${order.companyId}`} className="hover:underline">
                    {order.companyName}
                  </Link>
                </TableCell>
              ) : null}
              <TableCell className="min-w-40">{order.serviceName}</TableCell>
              <OrderTargetCell link={order.link} className="max-w-56" />
              <OrderStatusCell status={order.status} />
              <TableCell className="text-right tabular-nums">
                <Amount value={order.revenue} currency={currency} />
              </TableCell>
              <TableCell className="text-right tabular-nums">
                <Amount value={order.cost} currency={currency} />
              </TableCell>
              <TableCell className="text-right font-medium tabular-nums">
                <Amount value={order.profit} currency={currency} signed />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
