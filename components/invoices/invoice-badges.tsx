import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { INVOICE_STATUS_LABEL } from "@/lib/invoices/invoice-labels";

const STATUS_VARIANT: Record<InvoiceStatus, BadgeVariant> = { ISSUED: "warning", PAID: "success", VOID: "destructive" };

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge variant={STATUS_VARIANT[status]}>{INVOICE_STATUS_LABEL[status]}</Badge>;
}

export function CreditNoteBadge() {
  return <Badge variant="secondary">Credit note</Badge>;
}
