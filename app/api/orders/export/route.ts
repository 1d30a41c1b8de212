import { getAdminSession } from "@/lib/auth/session";
import { ordersCsvDownload } from "@/lib/orders/orders-csv";

export const runtime = "nodejs";

/** The orders list as CSV, with the list page's filters; streamed at constant memory. */
export async function GET(request: Request): Promise<Response> {
  if (!(await getAdminSession())) {
    return new Response("Sign in to export orders.", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return ordersCsvDownload(new URL(request.url));
}
