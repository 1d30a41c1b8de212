import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

const STATUS_LOOK: Record<OrderStatus, { label: string; variant: BadgeVariant }> = {
  SUBMITTING: { label: "Submitting", variant: "secondary" },
  NEEDS_REVIEW: { label: "Needs review", variant: "warning" },
  FAILED: { label: "Failed", variant: "destructive" },
  PENDING: { label: "Pending", variant: "secondary" },
  IN_PROGRESS: { label: "In progress", variant: "default" },
  PROCESSING: { label: "Processing", variant: "default" },
  COMPLETED: { label: "Completed", variant: "success" },
  PARTIAL: { label: "Partial", variant: "warning" },
  CANCELED: { label: "Canceled", variant: "outline" },
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  const look = STATUS_LOOK[status];
  return <Badge variant={look.variant}>{look.label}</Badge>;
}
