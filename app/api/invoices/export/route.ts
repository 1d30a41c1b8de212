import { getAdminSession } from "@/lib/auth/session";
import { invoiceFiltersFrom, invoiceSortFrom } from "@/lib/invoices/invoice-query";
import { invoicesCsv, invoicesCsvFilename } from "@/lib/invoices/invoices-csv";
import type { SearchParams } from "@/lib/list-query";

export const runtime = "nodejs";

/** The invoices list as CSV, with the list page's filters and sort (same query string). */
export async function GET(request: Request): Promise<Response> {
  if (!(await getAdminSession())) {
    return new Response("Sign in to export invoices.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const params = searchParamsOf(new URL(request.url));
  const csv = await invoicesCsv(invoiceFiltersFrom(params), invoiceSortFrom(params));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${invoicesCsvFilename(new Date())}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

function searchParamsOf(url: URL): SearchParams {
  const params: SearchParams = {};
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key);
  return params;
}
