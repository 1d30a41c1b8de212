import { Download, ReceiptText } from "lucide-react";
import type { Metadata } from "next";
import { InvoiceFilterBar } from "@/components/invoices/invoice-filter-bar";
import { InvoicesTable } from "@/components/invoices/invoices-table";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Pagination } from "@/components/portal/pagination";
import { hrefWith } from "@/components/portal/query-links";
import { Button } from "@/components/ui/button";
import { requireAdminSession } from "@/lib/auth/session";
import { invoiceFiltersFrom, invoiceSortFrom } from "@/lib/invoices/invoice-query";
import { listInvoicedCompanies, listInvoices } from "@/lib/invoices/list-invoices";
import { firstParam, paginationFrom, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Invoices" };

const PATHNAME = "/invoices";

type Props = { searchParams: Promise<SearchParams> };

export default async function InvoicesPage({ searchParams }: Props) {
  await requireAdminSession();
  const params = await searchParams;
  const filters = invoiceFiltersFrom(params);
  const sort = invoiceSortFrom(params);
  const [page, companies] = await Promise.all([
    listInvoices({ filters, sort, pagination: paginationFrom(params) }),
    listInvoicedCompanies(),
  ]);
  const filtered = Object.keys(filters).length > 0;
  const exportHref = hrefWith("/api/invoices/export", params, { page: undefined, pageSize: undefined });

  return (
    <>
      <PageHeader
        title="Invoices"
        description="Every placed order is invoiced; undelivered shares are credited automatically."
        actions={
          <Button variant="outline" asChild>
            <a href={exportHref}>
              <Download aria-hidden /> Export CSV
            </a>
          </Button>
        }
      />
      <InvoiceFilterBar
        pathname={PATHNAME}
        filters={filters}
        companies={companies}
        sort={firstParam(params, "sort") ? sort : undefined}
      />
      {page.total === 0 ? (
        <EmptyState icon={ReceiptText} title={filtered ? "No invoices match these filters" : "No invoices yet"}>
          {filtered
            ? "Change or reset the filters to see more."
            : "An invoice is issued automatically each time an order is placed with the panel."}
        </EmptyState>
      ) : (
        <>
          <InvoicesTable invoices={page.items} pathname={PATHNAME} params={params} sort={sort} />
          <Pagination pathname={PATHNAME} params={params} page={page} />
        </>
      )}
    </>
  );
}
