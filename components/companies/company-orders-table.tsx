import { OrderQuantityCell, OrderStatusCell, OrderTargetCell } from "@/components/orders/order-cells";
import { DateTimeLinkCell } from "@/components/portal/date-time-link-cell";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CompanyRecentOrder } from "@/lib/companies/get-company";
import { formatProviderMoney } from "@/lib/money";

export function CompanyOrdersTable({ orders, currency }: { orders: CompanyRecentOrder[]; currency: string }) {
  return (
    <Table data-testid="company-orders">
      <TableHeader>
        <TableRow>
          <TableHead>Ordered</TableHead>
          <TableHead>Service</TableHead>
          <TableHead>Link</TableHead>
          <TableHead className="text-right">Quantity</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Cost</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {orders.map((order) => (
          <TableRow key={order.id}>
            <DateTimeLinkCell href={`/orders/${order.id}`} date={order.createdAt} />
            <TableCell className="min-w-48">{order.serviceName}</TableCell>
            <OrderTargetCell link={order.link} className="max-w-64" />
            <OrderQuantityCell quantity={order.quantity} />
            <OrderStatusCell status={order.status} />
            <TableCell className="text-right tabular-nums">
              {/* Like the spend total: an order the panel never accepted cost nothing. */}
              {order.providerOrderId === null ? (
                <span className="text-muted-foreground" title="Not placed with the panel">
                  —
                </span>
              ) : (
                formatProviderMoney(order.charge ?? order.expectedCost, currency)
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
