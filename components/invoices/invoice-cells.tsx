import { TableCell } from "@/components/ui/table";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { InvoiceStatusBadge } from "./invoice-badges";
import { DateText } from "@/components/portal/date-text";

export function InvoiceIssuedCell({ issuedAt }: { issuedAt: Date }) {
  return <TableCell className="whitespace-nowrap"><DateText date={issuedAt} /></TableCell>;
}

export function InvoiceStatusCell({ status }: { status: InvoiceStatus }) {
  return (
    <TableCell>
      <InvoiceStatusBadge status={status} />
    </TableCell>
  );
}
