import Link from "next/link";
import { SortableHead } from "@/components/portal/sortable-head";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CompanyListItem, CompanySortField } from "@/lib/companies/list-companies";
import type { SearchParams, SortDirection } from "@/lib/list-query";
import { CompanyStatusBadge } from "./company-status-badge";
import { DateText } from "@/components/portal/date-text";

type CompaniesTableProps = {
  companies: CompanyListItem[];
  pathname: string;
  params: SearchParams;
  sort: { field: CompanySortField; direction: SortDirection };
  /** Companies on this page that may be registered twice. */
  possibleDuplicates: Set<string>;
};

export function CompaniesTable({ companies, pathname, params, sort, possibleDuplicates }: CompaniesTableProps) {
  return (
    <Table data-testid="companies-table">
      <TableHeader>
        <TableRow>
          <SortableHead label="Name" field="name" pathname={pathname} params={params} sort={sort} />
          <TableHead>Contact</TableHead>
          <TableHead>Country</TableHead>
          <TableHead className="text-right">Orders</TableHead>
          <TableHead>Status</TableHead>
          <SortableHead label="Added" field="createdAt" pathname={pathname} params={params} sort={sort} />
        </TableRow>
      </TableHeader>
      <TableBody>
        {companies.map((company) => (
          <TableRow key={company.id}>
            <TableCell className="min-w-40 font-medium">
              <Link href={`/companies/${company.id}`} className="hover:underline">
                {company.name}
              </Link>
              {possibleDuplicates.has(company.id) ? (
                <Badge variant="warning" className="ml-2" data-testid="possible-duplicate-badge">
                  Possible duplicate
                </Badge>
              ) : null}
              {company.source === "ONBOARDING" ? (
                <div className="text-xs font-normal text-muted-foreground">Via onboarding</div>
              ) : null}
            </TableCell>
            <TableCell>
              <div>{company.contactName ?? "—"}</div>
              {company.contactEmail ? <div className="text-xs text-muted-foreground">{company.contactEmail}</div> : null}
            </TableCell>
            <TableCell>{company.country ?? "—"}</TableCell>
            <TableCell className="text-right tabular-nums">{company._count.orders}</TableCell>
            <TableCell>
              <CompanyStatusBadge status={company.status} />
            </TableCell>
            <TableCell className="whitespace-nowrap"><DateText date={company.createdAt} /></TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
