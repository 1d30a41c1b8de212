import { getAdminSession } from "@/lib/auth/session";
import { csvDownload } from "@/lib/csv";
import { invoiceFiltersFrom, invoiceSortFrom } from "@/lib/invoices/invoice-query";
import { invoicesCsv, invoicesCsvFilename } from "@/lib/invoices/invoices-csv";
import type { SearchParams } from "@/lib/list-query";

export const runtime = "nodejs";

/** The invoices list as CSV, with the list page's filters and sort (same query string); streamed at constant memory. */
export async function GET(request: Request): Promise<Response> {
  if (!(await getAdminSession())) {
    return new Response("Sign in to export invoices.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const params = searchParamsOf(new URL(request.url));
  return csvDownload(invoicesCsvFilename(new Date()), invoicesCsv(invoiceFiltersFrom(params), invoiceSortFrom(params)));
}

function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key);
  return params;
}
