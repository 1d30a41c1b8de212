/**
 * `npm run bench:analytics`: every analytics loader, and the hot paths of the list pages,
 * timed against the bare SQL that gives the same answer (pg, no ORM), in the same process,
 * median of 7 runs, on a million orders (seeded into DATABASE_URL when missing).
 * Goal: every line ≤ 1.3×.
 */
import { benchDatabase } from "./lib/bench-database";
import { applyBenchEnvironment } from "./lib/bench-env";
import pg from "pg";
import { pairedMedians, ratioLine } from "./lib/measure";

const { url, client } = await benchDatabase();
applyBenchEnvironment({ DATABASE_POOL_MAX: "4" });
// The bare SQL gets a pool of the same size as the app's, so its parallel queries run in parallel too.
const pool = new pg.Pool({ connectionString: url, options: "-c jit=off", max: 4 });

const { loadKpis } = await import("@/lib/analytics/kpis");
const { loadSeries } = await import("@/lib/analytics/series");
const { loadTopCompanies, loadTopServices, loadTopTargetLinks } = await import("@/lib/analytics/rankings");
const { loadCompanyOrderHistory, loadTargetLinkOrders } = await import("@/lib/analytics/order-history");
const { analyticsFilterChoices } = await import("@/lib/analytics/filter-choices");
const { resolvePeriod } = await import("@/lib/analytics/period");
const { listOrders, orderFiltersFrom } = await import("@/lib/orders/list-orders");
const { orderFilterChoices } = await import("@/lib/orders/order-choices");
const { listCompanies } = await import("@/lib/companies/list-companies");
const { getCompanyTotals } = await import("@/lib/companies/company-totals");
const { getOperationsOverview } = await import("@/lib/dashboard/overview");
const { listInvoices } = await import("@/lib/invoices/list-invoices");
const { getSettings } = await import("@/lib/settings");
const { db } = await import("@/lib/db");

const period = resolvePeriod({ preset: "30d" }, "UTC");
const ts = (instant: Date) => instant.toISOString().replace("T", " ").replace("Z", "");
const [start, end, previousStart] = [ts(period.start), ts(period.end), ts(period.previousStart)];
const page = { page: 1, pageSize: 25, skip: 0 };
const bare = (text: string, values: unknown[] = []) => () => pool.query(text, values);
const both = (...queries: (() => Promise<unknown>)[]) => () => Promise.all(queries.map((query) => query()));

// Each order's revenue as the database keeps it (netRevenue, set by the Invoice triggers).
const REVENUE = `CASE WHEN o."revenueCurrency" = 'USD' THEN o."netRevenue" ELSE 0 END`;
const FIGURES = (from: string, extra = "") => `WITH f AS (SELECT o."createdAt", o."companyId", o."serviceId", o."network", o."linkKey",
  COALESCE(o."charge", o."expectedCost") AS "cost", ${REVENUE} AS "revenue",
  CASE WHEN o."revenueCurrency" <> 'USD' THEN o."revenueDocuments" ELSE 0 END AS "foreign"
  FROM "Order" o WHERE o."providerOrderId" IS NOT NULL AND o."createdAt" >= '${from}' AND o."createdAt" < '${end}' ${extra})`;
const HISTORY = `SELECT o."id", o."createdAt", o."status", o."companyId", c."name", o."serviceId", o."serviceName", o."network", o."link", o."quantity",
  COALESCE(o."charge", o."expectedCost"), ${REVENUE} FROM "Order" o JOIN "Company" c ON c."id" = o."companyId"`;
const TOTALS = `count(*)::int, SUM("revenue"), SUM("cost"), SUM("revenue" - "cost") AS "profit"`;

const cases: { label: string; loader: () => Promise<unknown>; bare: () => Promise<unknown> }[] = [
  {
    label: "analytics: KPIs, 30 days + previous 30",
    loader: () => loadKpis({}, period, "USD"),
    bare: bare(`${FIGURES(previousStart)} SELECT ("createdAt" >= '${start}'), ${TOTALS}, SUM("foreign") FROM f GROUP BY 1`),
  },
  {
    label: "analytics: KPIs of one company, 30 days",
    loader: () => loadKpis({ companyId: "c7" }, period, "USD"),
    bare: bare(`${FIGURES(previousStart, `AND o."companyId" = 'c7'`)} SELECT ("createdAt" >= '${start}'), ${TOTALS}, SUM("foreign") FROM f GROUP BY 1`),
  },
  {
    label: "analytics: series by day and network, 30 days",
    loader: () => loadSeries({}, period, "USD"),
    bare: bare(`${FIGURES(start)} SELECT to_char(date_trunc('day', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), "network", ${TOTALS}
      FROM f GROUP BY 1, 2 ORDER BY 1, 2`),
  },
  {
    label: "analytics: top companies, 30 days",
    loader: () => loadTopCompanies({}, period, "USD"),
    bare: bare(`${FIGURES(start)}, r AS (SELECT "companyId", ${TOTALS} FROM f GROUP BY 1 ORDER BY "profit" DESC, "companyId" LIMIT 10)
      SELECT r.*, c."name" FROM r JOIN "Company" c ON c."id" = r."companyId" ORDER BY "profit" DESC`),
  },
  {
    label: "analytics: top services, 30 days",
    loader: () => loadTopServices({}, period, "USD"),
    bare: bare(`${FIGURES(start)}, r AS (SELECT "serviceId", min("network"::text), ${TOTALS} FROM f GROUP BY 1 ORDER BY "profit" DESC, 1 LIMIT 10)
      SELECT r.*, (SELECT o."serviceName" FROM "Order" o WHERE o."serviceId" = r."serviceId" ORDER BY o."createdAt" DESC LIMIT 1) FROM r`),
  },
  {
    label: "analytics: top target links, 30 days",
    loader: () => loadTopTargetLinks({}, period, "USD"),
    bare: bare(`${FIGURES(start)}, r AS (SELECT "linkKey", count(DISTINCT "companyId"), ${TOTALS} FROM f GROUP BY 1 ORDER BY "profit" DESC, 1 LIMIT 10)
      SELECT r.*, (SELECT o."link" FROM "Order" o WHERE o."linkKey" = r."linkKey" ORDER BY o."createdAt" DESC LIMIT 1) FROM r`),
  },
  {
    label: "analytics: every order on one link (exact), with totals",
    loader: () => loadTargetLinkOrders({ exact: "instagram.com/brand4242" }, "USD"),
    bare: both(
      bare(`${HISTORY}
        WHERE o."linkKey" = 'instagram.com/brand4242' ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 501`),
      bare(`SELECT count(DISTINCT "companyId"), count(DISTINCT "serviceId"), count(*), SUM(${REVENUE}), SUM(COALESCE(o."charge", o."expectedCost"))
        FROM "Order" o WHERE o."linkKey" = 'instagram.com/brand4242' AND o."providerOrderId" IS NOT NULL`),
    ),
  },
  {
    label: "analytics: orders whose link contains a fragment",
    loader: () => loadTargetLinkOrders({ contains: "brand4242" }, "USD"),
    bare: both(
      bare(`${HISTORY}
        WHERE o."link" ILIKE '%brand4242%' ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 501`),
      bare(`SELECT count(DISTINCT "companyId"), count(DISTINCT "serviceId"), count(*), SUM(${REVENUE}), SUM(COALESCE(o."charge", o."expectedCost"))
        FROM "Order" o WHERE o."link" ILIKE '%brand4242%' AND o."providerOrderId" IS NOT NULL`),
    ),
  },
  {
    label: "analytics: company order history with profit, page 1",
    loader: () => loadCompanyOrderHistory("c7", page, "USD"),
    bare: both(
      bare(`${HISTORY}
        WHERE o."companyId" = 'c7' ORDER BY o."createdAt" DESC, o."id" DESC LIMIT 25`),
      bare(`SELECT count(*) FROM "Order" WHERE "companyId" = 'c7'`),
    ),
  },
  {
    label: "analytics: filter choices (companies, services with orders)",
    loader: () => analyticsFilterChoices(),
    bare: both(
      bare(`SELECT "id", "name" FROM "Company" ORDER BY "name"`),
      bare(`SELECT s."id", s."name" FROM "Service" s WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."serviceId" = s."id") ORDER BY 1`),
    ),
  },
  {
    label: "orders page: filter choices",
    loader: () => orderFilterChoices(),
    bare: both(
      bare(`SELECT "id", "name" FROM "Company" ORDER BY "name"`),
      bare(`SELECT s."id", s."name" FROM "Service" s WHERE EXISTS (SELECT 1 FROM "Order" o WHERE o."serviceId" = s."id") ORDER BY 1`),
    ),
  },
  ...(
    [
      ["orders page: newest 25", {}, `TRUE`, `o."createdAt" DESC`],
      ["orders page: one company", { companyId: "c7" }, `o."companyId" = 'c7'`, `o."createdAt" DESC`],
      ["orders page: one status", { status: "PARTIAL" }, `o."status" = 'PARTIAL'`, `o."createdAt" DESC`],
      ["orders page: link contains", { link: "brand4242" }, `o."link" ILIKE '%brand4242%'`, `o."createdAt" DESC`],
      ["orders page: sorted by cost", { sort: "expectedCost" }, `TRUE`, `o."expectedCost" DESC`],
    ] as const
  ).map(([label, params, where, order]) => ({
    label,
    loader: () => listOrders(orderFiltersFrom(params), page),
    bare: both(
      bare(`SELECT o."id", o."createdAt", o."status", o."serviceId", o."serviceName", o."network", o."link", o."quantity", o."expectedCost",
          o."charge", o."remains", o."currency", o."multiplier", o."providerOrderId", c."id", c."name",
          (SELECT json_agg(json_build_object('id', i."id", 'number', i."number", 'kind', i."kind", 'amount', i."amount", 'status', i."status"))
           FROM "Invoice" i WHERE i."orderId" = o."id")
        FROM "Order" o JOIN "Company" c ON c."id" = o."companyId" WHERE ${where} ORDER BY ${order}, o."id" DESC LIMIT 25`),
      bare(`SELECT count(*) FROM (SELECT 1 FROM "Order" o WHERE ${where} LIMIT 10001) capped`),
    ),
  })),
  {
    label: "companies page: 25 with order counts",
    loader: () => listCompanies({ status: "active", sort: { field: "name", direction: "asc" }, pagination: page }),
    bare: both(
      bare(`WITH p AS (SELECT "id", "name", "contactName", "contactEmail", "country", "status", "source", "createdAt" FROM "Company"
          WHERE "status" = 'ACTIVE' ORDER BY lower("name"), "id" LIMIT 25)
        SELECT p.*, (SELECT count(*) FROM "Order" o WHERE o."companyId" = p."id") FROM p`),
      bare(`SELECT count(*) FROM "Company" WHERE "status" = 'ACTIVE'`),
    ),
  },
  {
    label: "company page: totals",
    loader: () => getCompanyTotals("c7"),
    bare: both(
      bare(`SELECT (SELECT SUM(COALESCE("charge", "expectedCost")) FROM "Order" WHERE "companyId" = 'c7' AND "providerOrderId" IS NOT NULL),
        (SELECT SUM(CASE WHEN "kind" = 'CREDIT_NOTE' THEN -"amount" ELSE "amount" END) FROM "Invoice" WHERE "companyId" = 'c7' AND "status" <> 'VOID')`),
      bare(`SELECT * FROM "AppSettings" WHERE "id" = 1`),
    ),
  },
  {
    label: "dashboard: operations counts",
    loader: () => getOperationsOverview(),
    bare: both(
      bare(`SELECT count(*) FROM "Company" WHERE "status" = 'ACTIVE'`),
      bare(`SELECT count(*) FROM "Order" WHERE "status" IN ('PENDING', 'IN_PROGRESS', 'PROCESSING')`),
      bare(`SELECT count(*) FROM "Order" WHERE "status" = 'NEEDS_REVIEW'`),
      bare(`SELECT count(*) FROM "Invoice" WHERE "kind" = 'INVOICE' AND "status" = 'ISSUED'`),
    ),
  },
  {
    label: "invoices page: newest 25",
    loader: () => listInvoices({ filters: {}, sort: { field: "issuedAt", direction: "desc" }, pagination: page }),
    bare: both(
      bare(`SELECT i."id", i."kind", i."number", i."status", i."currency", i."amount", i."issuedAt", i."emailedAt", c."id", c."name", ci."id", ci."number"
        FROM "Invoice" i JOIN "Company" c ON c."id" = i."companyId" LEFT JOIN "Invoice" ci ON ci."id" = i."creditedInvoiceId"
        ORDER BY i."issuedAt" DESC, i."id" DESC LIMIT 25`),
      bare(`SELECT count(*) FROM (SELECT 1 FROM "Invoice" LIMIT 10001) capped`),
    ),
  },
  { label: "every page: settings read", loader: () => getSettings(), bare: bare(`SELECT * FROM "AppSettings" WHERE "id" = 1`) },
];

const only = process.argv[2];
console.info(
  `\nLoaders vs bare SQL on ${(1_000_000).toLocaleString("en-US")} orders (9 interleaved pairs, a fast call repeated within each sample until it lasts 20 ms; medians per call and median ratio, same process):`,
);
for (const { label, loader, bare: baseline } of cases) {
  if (only && !label.includes(only)) continue;
  const { measuredMs, baselineMs, ratio } = await pairedMedians(loader, baseline);
  console.info(ratioLine(label, measuredMs, baselineMs, "bare SQL", ratio));
}
await db.$disconnect();
await pool.end();
await client.end();
