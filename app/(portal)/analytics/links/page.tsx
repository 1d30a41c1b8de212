import { Link2, SearchX } from "lucide-react";
import type { Metadata } from "next";
import { OrdersProfitTable } from "@/components/analytics/orders-profit-table";
import { EmptyState } from "@/components/portal/empty-state";
import { PageHeader } from "@/components/portal/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { loadTargetLinkOrders, TARGET_LINK_ROW_LIMIT } from "@/lib/analytics/order-history";
import { requireAdminSession } from "@/lib/auth/session";
import { targetLinkSearchKey } from "@/lib/links/target-link";
import { firstParam, type SearchParams } from "@/lib/list-query";
import { formatMoney } from "@/lib/money";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "Target link analytics" };

export default async function TargetLinkAnalyticsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const query = (firstParam(await searchParams, "q") ?? "").slice(0, 500);
  const key = targetLinkSearchKey(query);
  const { currency } = await getSettings();
  const found = key ? await loadTargetLinkOrders(key, currency) : null;
  return (
    <>
      <PageHeader
        title="Target link analytics"
        description="Every order on a link, across companies, services and time. Scheme, www., a trailing slash and tracking parameters are ignored."
      />
      <form method="get" action="/analytics/links" className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <div className="grid min-w-64 flex-1 gap-1.5">
          <Label htmlFor="link-query">Link, or part of one</Label>
          <Input id="link-query" name="q" type="search" defaultValue={query} placeholder="https://instagram.com/brand or @brand" />
        </div>
        <Button type="submit">Search</Button>
      </form>
      {found === null ? (
        <EmptyState icon={Link2} title="Search a link">
          Paste a full link to see every order on it, however it was written, or part of one (a handle, a video id) to find links containing it.
        </EmptyState>
      ) : found.orders.length === 0 ? (
        <EmptyState icon={SearchX} title="No orders on this link">
          No order matches “{query}”. Try part of the link instead.
        </EmptyState>
      ) : (
        <div className="grid gap-4">
          <div className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="link-totals">
            {[
              ["Placed orders", found.totals.orders.toLocaleString("en-US")],
              ["Companies", found.totals.companies.toLocaleString("en-US")],
              ["Revenue", formatMoney(found.totals.revenue, currency)],
              ["Provider cost", formatMoney(found.totals.cost, currency)],
              ["Profit", formatMoney(found.totals.profit, currency)],
            ].map(([label, value]) => (
              <Card key={label} className="gap-1 py-4">
                <CardContent className="grid gap-1 px-4">
                  <span className="text-xs text-muted-foreground">{label}</span>
                  <span className="text-xl font-semibold tabular-nums">{value}</span>
                </CardContent>
              </Card>
            ))}
          </div>
          {found.truncated ? <p className="text-sm text-muted-foreground">The {TARGET_LINK_ROW_LIMIT} most recent orders are listed; the totals count all of them.</p> : null}
          <OrdersProfitTable orders={found.orders} currency={currency} showCompany />
        </div>
      )}
    </>
  );
}
