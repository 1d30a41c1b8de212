import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CompanyRecentOrder } from "@/lib/companies/get-company";
import { formatDateTime } from "@/lib/format";
import { formatMoney } from "@/lib/money";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";

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
            <TableCell className="whitespace-nowrap">
              <Link href={`/orders/${order.id}`} className="font-medium text-primary hover:underline">
                {formatDateTime(order.createdAt)}
              </Link>
            </TableCell>
            <TableCell className="min-w-48">{order.serviceName}</TableCell>
            <TableCell className="max-w-64 truncate" title={order.link}>
              {order.link}
            </TableCell>
            <TableCell className="text-right tabular-nums">{order.quantity.toLocaleString("en-US")}</TableCell>
            <TableCell>
              <OrderStatusBadge status={order.status} />
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {/* Like the spend total: an order the panel never accepted cost nothing. */}
              {order.providerOrderId === null ? (
                <span className="text-muted-foreground" title="Not placed with the panel">
                  —
                </span>
              ) : (
                formatMoney(order.charge ?? order.expectedCost, currency, { exact: true })
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
