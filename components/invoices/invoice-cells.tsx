import { TableCell } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { InvoiceStatusBadge } from "./invoice-badges";

export function InvoiceIssuedCell({ issuedAt }: { issuedAt: Date }) {
  return <TableCell className="whitespace-nowrap">{formatDate(issuedAt)}</TableCell>;
}

export function InvoiceStatusCell({ status }: { status: InvoiceStatus }) {
  return (
    <TableCell>
      <InvoiceStatusBadge status={status} />
    </TableCell>
  );
}
