import { TableCell } from "@/components/ui/table";
import type { OrderStatus } from "@/lib/generated/prisma/client";
import { cn } from "@/lib/utils";
import { OrderStatusBadge } from "./order-status-badge";

/** The target link cut to the column's width; the whole link shows on hover. */
export function OrderTargetCell({ link, className }: { link: string; className: string }) {
  return (
    <TableCell className={cn("truncate", className)} title={link}>
      {link}
    </TableCell>
  );
}

export function OrderQuantityCell({ quantity }: { quantity: number }) {
  return <TableCell className="text-right tabular-nums">{quantity.toLocaleString("en-US")}</TableCell>;
}

export function OrderStatusCell({ status }: { status: OrderStatus }) {
  return (
    <TableCell>
      <OrderStatusBadge status={status} />
    </TableCell>
  );
}
