import { getAdminSession } from "@/lib/auth/session";
import { invoicesCsvDownload } from "@/lib/invoices/invoices-csv";

export const runtime = "nodejs";

/** The invoices list as CSV, with the list page's filters and sort (same query string); streamed at constant memory. */
export async function GET(request: Request): Promise<Response> {
  if (!(await getAdminSession())) {
    return new Response("Sign in to export invoices.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return invoicesCsvDownload(new URL(request.url));
}
