import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { invoiceIdSchema } from "@/actions/invoices.validation";
import { BilledToCard } from "@/components/invoices/billed-to-card";
import { InvoiceActions } from "@/components/invoices/invoice-actions";
import { InvoiceLinesTable } from "@/components/invoices/invoice-lines-table";
import { InvoiceSummaryCard } from "@/components/invoices/invoice-summary-card";
import { LinkedDocumentsCard } from "@/components/invoices/linked-documents-card";
import { PaymentsCard } from "@/components/invoices/payments-card";
import { PageHeader } from "@/components/portal/page-header";
import { getAdminSession, requireAdminSession } from "@/lib/auth/session";
import { getInvoiceDetail } from "@/lib/invoices/invoice-detail";
import { INVOICE_KIND_TITLE } from "@/lib/invoices/invoice-labels";
import { formatDateTime, isoDay } from "@/lib/format";
import { agencyTimeZone } from "@/lib/settings/agency-time-zone";

type Props = { params: Promise<{ id: string }> };

/** Shared by the metadata and the page within one request. */
const loadInvoice = cache(async (rawId: string) => {
  const id = invoiceIdSchema.safeParse(rawId);
  return id.success ? getInvoiceDetail(id.data) : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  if (!(await getAdminSession())) return { title: "Invoice" };
  const invoice = await loadInvoice((await params).id);
  return { title: invoice ? `${INVOICE_KIND_TITLE[invoice.kind]} ${invoice.number}` : "Invoice not found" };
}

export default async function InvoicePage({ params }: Props) {
  await requireAdminSession();
  const invoice = await loadInvoice((await params).id);
  if (!invoice) notFound();

  const documentName = `${INVOICE_KIND_TITLE[invoice.kind]} ${invoice.number}`;
  const timeZone = await agencyTimeZone();
  const lastEmailed = invoice.emailedAt && invoice.emailedTo ? `${formatDateTime(invoice.emailedAt, timeZone)} to ${invoice.emailedTo}` : null;

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/invoices" className="text-muted-foreground hover:text-foreground">
          ← All invoices
        </Link>
      </p>
      <PageHeader
        title={documentName}
        description={`Billed to ${invoice.company.name}.`}
        actions={
          <InvoiceActions
            invoiceId={invoice.id}
            kind={invoice.kind}
            status={invoice.status}
            documentName={documentName}
            contactEmail={invoice.company.contactEmail}
            lastEmailed={lastEmailed}
            today={isoDay(new Date(), timeZone)}
          />
        }
      />
      <div className="grid gap-6">
        <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
          <InvoiceSummaryCard invoice={invoice} />
          <BilledToCard billedTo={invoice.billedTo} />
        </div>
        <section aria-labelledby="invoice-lines-heading" className="grid gap-3">
          <h2 id="invoice-lines-heading" className="text-lg font-semibold">
            Line items
          </h2>
          <InvoiceLinesTable invoice={invoice} />
        </section>
        <PaymentsCard payments={invoice.payments} />
        <LinkedDocumentsCard invoice={invoice} />
      </div>
    </>
  );
}
