import Link from "next/link";
import { TableCell } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";

/** A row's time, linking to the row's own page. */
export function DateTimeLinkCell({ href, date }: { href: string; date: Date }) {
  return (
    <TableCell className="whitespace-nowrap">
      <Link href={href} className="font-medium text-primary hover:underline">
        {formatDateTime(date)}
      </Link>
    </TableCell>
  );
}
