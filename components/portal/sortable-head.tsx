import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import Link from "next/link";
import { TableHead } from "@/components/ui/table";
import type { SearchParams, SortDirection } from "@/lib/list-query";
import { hrefWith } from "./query-links";

/** A column header that sorts the list by its field; a second click flips the direction. */
export function SortableHead({
  label,
  field,
  pathname,
  params,
  sort,
  className,
}: {
  label: string;
  field: string;
  pathname: string;
  params: SearchParams;
  sort: { field: string; direction: SortDirection };
  className?: string;
}) {
  const active = sort.field === field;
  const nextDirection = active && sort.direction === "desc" ? "asc" : "desc";
  const Icon = !active ? ArrowUpDown : sort.direction === "asc" ? ArrowUp : ArrowDown;
  return (
    <TableHead className={className} aria-sort={active ? (sort.direction === "asc" ? "ascending" : "descending") : undefined}>
      <Link href={hrefWith(pathname, params, { sort: field, dir: nextDirection, page: undefined })} className="inline-flex items-center gap-1 hover:text-foreground">
        {label}
        <Icon className="size-3.5" aria-hidden />
      </Link>
    </TableHead>
  );
}
