import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";

const STATUS_LOOK: Record<InvoiceStatus, { label: string; variant: BadgeVariant }> = {
  ISSUED: { label: "Issued", variant: "default" },
  PAID: { label: "Paid", variant: "success" },
  VOID: { label: "Void", variant: "outline" },
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const look = STATUS_LOOK[status];
  return <Badge variant={look.variant}>{look.label}</Badge>;
}
