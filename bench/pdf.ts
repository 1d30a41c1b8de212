/**
 * `npm run bench:pdf`: one invoice PDF as the download route renders it (data load, fonts,
 * printable text, render), against a bare @react-pdf render of the same page (the same
 * document, its data already loaded and made printable, fonts already registered).
 * Interleaved samples, median of each, in a fresh schema of DATABASE_URL's database.
 * Goal: ≤ 1.5×.
 */
import { performance } from "node:perf_hooks";
import { createElement } from "react";
import { median, openBenchDatabase, printRatio } from "./support/bench-database";

const SAMPLES = 40;
const bench = await openBenchDatabase("bench_pdf");
const { db } = await import("@/lib/db");
const { renderToBuffer } = await import("@react-pdf/renderer");
const { issueOrderInvoice } = await import("@/lib/invoices/issue-invoices");
const { InvoiceDocument } = await import("@/lib/invoices/pdf/invoice-document");
const { loadInvoicePdfData } = await import("@/lib/invoices/pdf/invoice-pdf-data");
const { preparePdfFonts } = await import("@/lib/invoices/pdf/pdf-fonts");
const { mapStrings } = await import("@/lib/invoices/pdf/printable-text");
const { renderInvoicePdf } = await import("@/lib/invoices/pdf/render-invoice-pdf");
const { updateSettings } = await import("@/lib/settings");
const { providerCost } = await import("@/lib/money");

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

try {
  // Latin, accented and Japanese text, so both embedded font families are subset into the file.
  await updateSettings({ agencyName: "Scale Partners Ltd", agencyEmail: "billing@scalepartners.test", agencyAddress: "1 Growth Street\nLondon", invoiceFooter: "Payable within 14 days." });
  const company = await db.company.create({
    data: { name: "Café Müller 株式会社", legalName: "株式会社カフェ・ミュラー", contactEmail: "billing@cafe.test", addressLine1: "東京都渋谷区 1-2-3", country: "Japan" },
  });
  await db.service.create({
    data: { id: 1, name: "Instagram Followers [Real]", type: "Default", category: "Instagram - Followers", network: "INSTAGRAM", ratePer1000: "1.23456", min: 10, max: 100_000, lastSyncedAt: new Date() },
  });
  const invoice = await db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        idempotencyKey: "bench-pdf", companyId: company.id, serviceId: 1, serviceName: "Instagram Followers [Real]", serviceType: "Default", network: "INSTAGRAM",
        ratePer1000: "1.23456", link: "https://instagram.com/cafe_muller", quantity: 1500, multiplier: "8", expectedCost: providerCost("1.23456", 1500),
        status: "PENDING", placedAt: new Date(), currency: "USD",
      },
    });
    return issueOrderInvoice(tx, order, "USD");
  });

  const data = await loadInvoicePdfData(invoice.id);
  if (!data) throw new Error("the benchmark invoice is missing");
  const printable = mapStrings(data, await preparePdfFonts());
  // The same element InvoiceDocument's JSX makes (react-pdf types the root as a <Document> element).
  const page = createElement(InvoiceDocument, { data: printable }) as unknown as Parameters<typeof renderToBuffer>[0];
  const bare = () => renderToBuffer(page);
  const route = () => renderInvoicePdf(invoice.id);

  const bareMs: number[] = [];
  const routeMs: number[] = [];
  await bare();
  await route();
  for (let sample = 0; sample < SAMPLES; sample += 1) {
    bareMs.push(await timed(bare));
    routeMs.push(await timed(route));
  }
  const [measured, baseline] = [median(routeMs), median(bareMs)];
  printRatio(
    `invoice PDF as the route renders it (load, fonts, printable text, render) vs a bare @react-pdf render of the same page, median of ${SAMPLES}`,
    `${measured.toFixed(1)} ms vs ${baseline.toFixed(1)} ms`,
    measured / baseline,
    1.5,
  );
} finally {
  await db.$disconnect();
  await bench.drop();
}
