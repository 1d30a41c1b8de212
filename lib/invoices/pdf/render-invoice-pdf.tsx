import { renderToBuffer } from "@react-pdf/renderer";
import { InvoiceDocument } from "./invoice-document";
import { type InvoicePdfData, loadInvoicePdfData } from "./invoice-pdf-data";
import { preparePdfFonts } from "./pdf-fonts";
import { mapStrings } from "./printable-text";

export type InvoicePdf = { number: string; filename: string; content: Buffer };

/** The invoice or credit note as a PDF named after its number, or null for an unknown id. */
export async function renderInvoicePdf(invoiceId: string): Promise<InvoicePdf | null> {
  const data = await loadInvoicePdfData(invoiceId);
  if (!data) return null;
  return { number: data.number, filename: invoicePdfFilename(data.number), content: await renderInvoiceDocument(data) };
}

export async function renderInvoiceDocument(data: InvoicePdfData): Promise<Buffer> {
  const printable = await preparePdfFonts();
  return renderToBuffer(<InvoiceDocument data={mapStrings(data, printable)} />);
}

/** Numbers are "INV-2026-00001"-style already; anything else is replaced so the header stays valid. */
export function invoicePdfFilename(number: string): string {
  return `${number.replace(/[^\w.-]/g, "_")}.pdf`;
}
