import { getAdminSession } from "@/lib/auth/session";
import { allOrdersMatching, orderFiltersFrom } from "@/lib/orders/list-orders";
import { ORDERS_CSV_HEADER, ordersCsvRows } from "@/lib/orders/orders-csv";

export const runtime = "nodejs";

/** The orders list as CSV, with the list page's filters; streamed so large exports stay cheap. */
export async function GET(request: Request): Promise<Response> {
  if (!(await getAdminSession())) return new Response("Sign in to export orders.", { status: 401 });
  const filters = orderFiltersFrom(Object.fromEntries(new URL(request.url).searchParams));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(ORDERS_CSV_HEADER));
      for await (const batch of allOrdersMatching(filters)) controller.enqueue(encoder.encode(ordersCsvRows(batch)));
      controller.close();
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="orders-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
