import Link from "next/link";
import { TableCell } from "@/components/ui/table";
import { DateTimeText } from "@/components/portal/date-text";

/** A row's time, linking to the row's own page. */
export function DateTimeLinkCell({ href, date }: { href: string; date: Date }) {
  return (
    <TableCell className="whitespace-nowrap">
      <Link href={href} className="font-medium text-primary hover:underline">
        <DateTimeText date={date} />
      </Link>
    </TableCell>
  );
}
