import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/generated/prisma/client";

const PRESENTATION: Record<OrderStatus, { label: string; variant: BadgeVariant }> = {
  SUBMITTING: { label: "Submitting", variant: "secondary" },
  NEEDS_REVIEW: { label: "Needs review", variant: "warning" },
  FAILED: { label: "Failed", variant: "destructive" },
  PENDING: { label: "Pending", variant: "secondary" },
  IN_PROGRESS: { label: "In progress", variant: "default" },
  PROCESSING: { label: "Processing", variant: "default" },
  COMPLETED: { label: "Completed", variant: "success" },
  PARTIAL: { label: "Partial", variant: "warning" },
  CANCELED: { label: "Canceled", variant: "destructive" },
};

export const ORDER_STATUS_LABELS = Object.fromEntries(
  Object.entries(PRESENTATION).map(([status, { label }]) => [status, label]),
) as Record<OrderStatus, string>;

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const { label, variant } = PRESENTATION[status];
  return (
    <Badge variant={variant} data-testid="order-status">
      {label}
    </Badge>
  );
}
