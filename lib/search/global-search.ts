import "server-only";
import { db } from "@/lib/db";

/** At most this many results per kind: the dialog is a jump list, not a report. */
export const RESULTS_PER_KIND = 5;

export type SearchResult = {
  kind: "company" | "order" | "invoice";
  id: string;
  href: string;
  title: string;
  detail: string;
};

/**
 * Companies by name, orders by panel order number or target link, invoices by number.
 * Every text match is a case-insensitive "contains" served by a pg_trgm index
 * (Company_name_trgm_idx, Order_link_trgm_idx, Invoice_number_trgm_idx); a panel
 * order number is an exact lookup on its unique index.
 */
export async function globalSearch(query: string): Promise<SearchResult[]> {
  const contains = { contains: query, mode: "insensitive" as const };
  const panelOrderNumber = /^#?\d{1,9}$/.test(query) ? Number(query.replace("#", "")) : null;
  const [companies, orders, invoices] = await Promise.all([
    db.company.findMany({
      where: { name: contains, mergedIntoId: null },
      select: { id: true, name: true, contactEmail: true, status: true },
      orderBy: [{ status: "asc" }, { name: "asc" }],
      take: RESULTS_PER_KIND,
    }),
    db.order.findMany({
      where: panelOrderNumber !== null ? { OR: [{ providerOrderId: panelOrderNumber }, { link: contains }] } : { link: contains },
      select: { id: true, providerOrderId: true, link: true, serviceName: true, company: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: RESULTS_PER_KIND,
    }),
    db.invoice.findMany({
      where: { number: contains },
      select: { id: true, number: true, kind: true, company: { select: { name: true } } },
      orderBy: { issuedAt: "desc" },
      take: RESULTS_PER_KIND,
    }),
  ]);
  return [
    ...companies.map((company) => ({
      kind: "company" as const,
      id: company.id,
      href: `/companies/${company.id}`,
      title: company.name,
      detail: [company.contactEmail, company.status === "ARCHIVED" ? "archived" : null].filter(Boolean).join(" · ") || "Company",
    })),
    ...orders.map((order) => ({
      kind: "order" as const,
      id: order.id,
      href: `/orders/${order.id}`,
      title: order.providerOrderId ? `Order #${order.providerOrderId}` : "Order (no panel number)",
      detail: `${order.company.name} · ${order.serviceName} · ${order.link}`,
    })),
    ...invoices.map((invoice) => ({
      kind: "invoice" as const,
      id: invoice.id,
      href: `/invoices/${invoice.id}`,
      title: invoice.number,
      detail: `${invoice.kind === "CREDIT_NOTE" ? "Credit note" : "Invoice"} · ${invoice.company.name}`,
    })),
  ];
}
