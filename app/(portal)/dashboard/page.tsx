import type { Metadata } from "next";
import Link from "next/link";
import { PanelBalanceCard } from "@/components/orders/panel-balance-card";
import { PageHeader } from "@/components/portal/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { getOperationsOverview } from "@/lib/dashboard/overview";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const session = await requireAdminSession();
  const overview = await getOperationsOverview();
  const tiles = [
    { label: "Active companies", value: overview.activeCompanies, href: "/companies" },
    { label: "Open orders", value: overview.openOrders, href: "/orders?status=OPEN" },
    { label: "Orders needing review", value: overview.ordersNeedingReview, href: "/orders?status=NEEDS_REVIEW", alert: overview.ordersNeedingReview > 0 },
    { label: "Unpaid invoices", value: overview.unpaidInvoices, href: "/invoices?status=ISSUED&kind=INVOICE" },
  ];
  return (
    <>
      <PageHeader title={`Welcome, ${session.name}`} description="Your agency's operations at a glance." />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {tiles.map((tile) => (
          <Link key={tile.label} href={tile.href} className="rounded-xl focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
            <Card className={cn("py-4 transition-colors hover:bg-muted/40", tile.alert && "border-warning/60")}>
              <CardContent className="grid gap-1">
                <span className="text-xs text-muted-foreground">{tile.label}</span>
                <span className={cn("text-2xl font-semibold tabular-nums", tile.alert && "text-warning")}>{tile.value}</span>
              </CardContent>
            </Card>
          </Link>
        ))}
      </div>
      <div className="mt-4 max-w-sm">
        <PanelBalanceCard />
      </div>
    </>
  );
}
