import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { PageOf, SearchParams } from "@/lib/list-query";
import { hrefWith } from "./query-links";

export function Pagination({ pathname, params, page }: { pathname: string; params: SearchParams; page: PageOf<unknown> }) {
  // A page number past the end (an old link, a list that shrank) goes to the last page.
  if (page.total > 0 && page.page > page.pageCount) redirect(hrefWith(pathname, params, { page: page.pageCount }));
  const first = page.total === 0 ? 0 : (page.page - 1) * page.pageSize + 1;
  const last = Math.min(page.total, page.page * page.pageSize);
  const hasNext = page.page < page.pageCount || Boolean(page.totalCapped);
  return (
    <nav aria-label="Pagination" className="mt-4 flex flex-wrap items-center justify-between gap-2 text-sm">
      <p className="text-muted-foreground" data-testid="pagination-summary">
        {page.total === 0 ? "No results" : `${first}–${last} of ${page.totalCapped ? `more than ${page.total.toLocaleString("en-US")}` : page.total}`}
      </p>
      <div className="flex items-center gap-2">
        <Button variant="outline" size="sm" asChild={page.page > 1} disabled={page.page <= 1}>
          {page.page > 1 ? (
            <Link href={hrefWith(pathname, params, { page: page.page - 1 })} rel="prev">
              <ChevronLeft /> Previous
            </Link>
          ) : (
            <>
              <ChevronLeft /> Previous
            </>
          )}
        </Button>
        <span className="text-muted-foreground">
          Page {page.page} of {page.pageCount}
          {page.totalCapped ? "+" : ""}
        </span>
        <Button variant="outline" size="sm" asChild={hasNext} disabled={!hasNext}>
          {hasNext ? (
            <Link href={hrefWith(pathname, params, { page: page.page + 1 })} rel="next">
              Next <ChevronRight />
            </Link>
          ) : (
            <>
              Next <ChevronRight />
            </>
          )}
        </Button>
      </div>
    </nav>
  );
}
