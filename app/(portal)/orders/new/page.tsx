import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { OrderForm, type OrderableService } from "@/components/orders/order-form";
import { PageHeader } from "@/components/portal/page-header";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent } from "@/components/ui/card";
import { requireAdminSession } from "@/lib/auth/session";
import { formatProviderMoney } from "@/lib/money";
import { orderFormChoices } from "@/lib/orders/order-choices";
import { firstParam, type SearchParams } from "@/lib/list-query";
import { getSettings } from "@/lib/settings";

export const metadata: Metadata = { title: "New order" };

export default async function NewOrderPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireAdminSession();
  const params = await searchParams;
  const [{ companies, services }, settings] = await Promise.all([orderFormChoices(), getSettings()]);
  const orderable: OrderableService[] = services.map((service) => ({
    id: service.id,
    name: service.name,
    type: service.type,
    category: service.category,
    network: service.network,
    ratePer1000: service.ratePer1000.toString(),
    rateLabel: formatProviderMoney(service.ratePer1000, settings.currency),
    min: service.min,
    max: service.max,
    refill: service.refill,
    cancel: service.cancel,
    dripfeed: service.dripfeed,
  }));

  return (
    <>
      <PageHeader title="New order" description="Order a growth service on the panel for a company; it is invoiced at once." />
      {companies.length === 0 || services.length === 0 ? (
        <Alert variant="warning">
          {companies.length === 0 ? (
            <>
              Add a company first: <Link href="/companies/new" className="underline">new company</Link>.
            </>
          ) : (
            <>
              The service catalog is empty: <Link href="/services" className="underline">sync it from the panel</Link>.
            </>
          )}
        </Alert>
      ) : (
        <Card className="max-w-3xl">
          <CardContent>
            <OrderForm
              companies={companies}
              services={orderable}
              defaultCompanyId={firstParam(params, "companyId")}
              defaultMultiplier={settings.invoiceMultiplier.toString()}
              currency={settings.currency}
              // Made here, not in the browser: a form posted before JavaScript loads carries it too.
              firstAttemptKey={randomUUID()}
            />
          </CardContent>
        </Card>
      )}
    </>
  );
}
