import { FileText, ShoppingCart } from "lucide-react";
import { CompanyAnalyticsSection } from "@/components/analytics/company-analytics-section";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompanyActions } from "@/components/companies/company-actions";
import { CompanyDetailsCard } from "@/components/companies/company-details-card";
import { CompanyInvoicesTable } from "@/components/companies/company-invoices-table";
import { CompanyOrdersTable } from "@/components/companies/company-orders-table";
import { CompanyStatusBadge } from "@/components/companies/company-status-badge";
import { CompanyTabs } from "@/components/companies/company-tabs";
import { CompanyTotalsCards } from "@/components/companies/company-totals-cards";
import { PossibleDuplicatesCard } from "@/components/companies/possible-duplicates-card";
import { SubaccountCard } from "@/components/ghl/subaccount-card";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { requireAdminSession } from "@/lib/auth/session";
import { getCompanyTotals } from "@/lib/companies/company-totals";
import { findPossibleDuplicates } from "@/lib/companies/duplicates";
import { getCompany, getCompanyActivity } from "@/lib/companies/get-company";
import { getSubaccountView } from "@/lib/ghl/provisioning/subaccount-view";
import { INVOICE_FILTER_PARAMS } from "@/lib/invoices/invoice-query";
import type { SearchParams } from "@/lib/list-query";
import { companyIdFrom } from "./company-id-param";
import { DateText } from "@/components/portal/date-text";
import { formatDate } from "@/lib/format";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";

export const metadata: Metadata = { title: "Company" };

const RECENT_LIMIT = 10;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function CompanyPage({ params, searchParams }: Props) {
  await requireAdminSession();
  const id = await companyIdFrom(params);
  const [company, totals, activity, subaccount, duplicates] = await Promise.all([
    getCompany(id),
    getCompanyTotals(id),
    getCompanyActivity(id, RECENT_LIMIT),
    getSubaccountView(id),
    findPossibleDuplicates(id),
  ]);
  if (!company) notFound();

  const source = company.source === "ONBOARDING" ? "registered through the onboarding form" : "added in the console";
  return (
    <>
      <PageHeader
        title={company.name}
        description={`Since ${formatDate(company.createdAt, await agencyTimeZone())}, ${source}.`}
        actions={<CompanyActions company={company} />}
      />
      <CompanyTabs companyId={company.id} current="" />
      <div className="grid gap-6">
        <div className="flex items-center gap-2">
          <CompanyStatusBadge status={company.status} />
        </div>
        {company.mergedInto ? (
          <Alert variant="warning" data-testid="company-merged">
            Merged into{" "}
            <Link href={`/companies/${company.mergedInto.id}`} className="font-medium underline">
              {company.mergedInto.name}
            </Link>
            : its orders, invoices and accounts are there now.
          </Alert>
        ) : null}
        <PossibleDuplicatesCard company={company} duplicates={duplicates} />
        {company.status === "ARCHIVED" && !company.mergedInto ? (
          <Alert variant="warning" data-testid="company-archived">
            Archived{company.archivedAt ? <> on <DateText date={company.archivedAt} /></> : ""}: hidden from the active list, and
            no new orders can be placed for it. Restore it to order again.
          </Alert>
        ) : null}
        <CompanyTotalsCards totals={totals} />
        <CompanyDetailsCard company={company} />
        <SubaccountCard companyId={company.id} subaccount={subaccount} now={new Date()} />
        <CompanyAnalyticsSection companyId={company.id} params={await searchParams} />

        <section aria-labelledby="orders-heading" className="grid gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="orders-heading" className="text-lg font-semibold">
              Orders <span className="text-sm font-normal text-muted-foreground">({company._count.orders})</span>
            </h2>
            {company._count.orders > RECENT_LIMIT ? (
              <Link href={`/orders?companyId=${encodeURIComponent(company.id)}`} className="text-sm font-medium text-primary hover:underline">
                All {company._count.orders} orders
              </Link>
            ) : null}
          </div>
          {activity.orders.length === 0 ? (
            <EmptyState icon={ShoppingCart} title="No orders yet" />
          ) : (
            <CompanyOrdersTable orders={activity.orders} currency={totals.currency} />
          )}
        </section>

        <section aria-labelledby="invoices-heading" className="grid gap-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="invoices-heading" className="text-lg font-semibold">
              Invoices and credit notes{" "}
              <span className="text-sm font-normal text-muted-foreground">({company._count.invoices})</span>
            </h2>
            {company._count.invoices > RECENT_LIMIT ? (
              <Link
                href={`/invoices?${INVOICE_FILTER_PARAMS.companyId}=${encodeURIComponent(company.id)}`}
                className="text-sm font-medium text-primary hover:underline"
              >
                All {company._count.invoices} invoices and credit notes
              </Link>
            ) : null}
          </div>
          {activity.invoices.length === 0 ? (
            <EmptyState icon={FileText} title="No invoices yet">
              An invoice is issued when an order is placed.
            </EmptyState>
          ) : (
            <CompanyInvoicesTable invoices={activity.invoices} />
          )}
        </section>
      </div>
    </>
  );
}
