-- Each order carries its revenue as Analytics counts it (its non-void invoice minus its non-void
-- credit note), kept by the database in the same transaction as every document change, so
-- Analytics sums order rows (from one covering index) instead of joining every order's invoices.

-- DropIndex
DROP INDEX "Order_createdAt_idx";

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "netRevenue" DECIMAL(18,3) NOT NULL DEFAULT 0,
ADD COLUMN     "revenueCurrency" TEXT,
ADD COLUMN     "revenueDocuments" INTEGER NOT NULL DEFAULT 0;

-- Every order's figures recomputed from its documents in one pass (this migration, the benchmark seed).
CREATE FUNCTION orders_refresh_all_revenue() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Invoice" WHERE "status" <> 'VOID' GROUP BY "orderId" HAVING count(DISTINCT "currency") > 1) THEN
    RAISE EXCEPTION 'An order has documents in two currencies: its revenue cannot be one figure.';
  END IF;
  UPDATE "Order" o SET "netRevenue" = COALESCE(d."net", 0), "revenueCurrency" = d."currency", "revenueDocuments" = COALESCE(d."documents", 0)
  FROM "Order" base
  LEFT JOIN (
    SELECT "orderId", SUM(CASE WHEN "kind" = 'INVOICE' THEN "amount" ELSE -"amount" END) AS "net", min("currency") AS "currency", count(*)::int AS "documents"
    FROM "Invoice" WHERE "status" <> 'VOID' GROUP BY "orderId"
  ) d ON d."orderId" = base."id"
  WHERE o."id" = base."id"
    AND (o."netRevenue", o."revenueCurrency", o."revenueDocuments") IS DISTINCT FROM (COALESCE(d."net", 0), d."currency", COALESCE(d."documents", 0));
END
$$;

-- One order's figures recomputed from its documents (never adjusted by a difference, so never drifting).
CREATE FUNCTION order_refresh_revenue(order_id TEXT) RETURNS VOID LANGUAGE plpgsql AS $$
DECLARE
  net DECIMAL(18, 3);
  doc_currency TEXT;
  documents INT;
  currencies INT;
BEGIN
  SELECT COALESCE(SUM(CASE WHEN "kind" = 'INVOICE' THEN "amount" ELSE -"amount" END), 0), min("currency"), count(*), count(DISTINCT "currency")
    INTO net, doc_currency, documents, currencies
    FROM "Invoice" WHERE "orderId" = order_id AND "status" <> 'VOID';
  IF currencies > 1 THEN
    RAISE EXCEPTION 'Order % would have documents in two currencies: its revenue cannot be one figure.', order_id;
  END IF;
  UPDATE "Order" SET "netRevenue" = net, "revenueCurrency" = doc_currency, "revenueDocuments" = documents
    WHERE "id" = order_id AND ("netRevenue", "revenueCurrency", "revenueDocuments") IS DISTINCT FROM (net, doc_currency, documents);
END
$$;

CREATE FUNCTION invoice_refresh_order_revenue() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM order_refresh_revenue(OLD."orderId"); END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."orderId" <> OLD."orderId") THEN PERFORM order_refresh_revenue(NEW."orderId"); END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION invoice_truncated_reset_revenue() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Order" SET "netRevenue" = 0, "revenueCurrency" = NULL, "revenueDocuments" = 0 WHERE "revenueDocuments" <> 0 OR "revenueCurrency" IS NOT NULL;
  RETURN NULL;
END
$$;

SELECT orders_refresh_all_revenue();

CREATE TRIGGER "Invoice_order_revenue_write" AFTER INSERT OR DELETE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION invoice_refresh_order_revenue();
-- Marking paid (or undoing it) changes no figure, so it neither runs this nor locks the order.
CREATE TRIGGER "Invoice_order_revenue_change" AFTER UPDATE OF "orderId", "kind", "status", "amount", "currency" ON "Invoice"
  FOR EACH ROW WHEN (OLD."orderId" IS DISTINCT FROM NEW."orderId" OR OLD."kind" IS DISTINCT FROM NEW."kind"
    OR OLD."amount" IS DISTINCT FROM NEW."amount" OR OLD."currency" IS DISTINCT FROM NEW."currency"
    OR (OLD."status" = 'VOID') IS DISTINCT FROM (NEW."status" = 'VOID'))
  EXECUTE FUNCTION invoice_refresh_order_revenue();
CREATE TRIGGER "Invoice_order_revenue_truncate" AFTER TRUNCATE ON "Invoice"
  FOR EACH STATEMENT EXECUTE FUNCTION invoice_truncated_reset_revenue();

-- CreateIndex
CREATE INDEX "Order_figures_idx" ON "Order"("createdAt", "providerOrderId", "network", "serviceId", "companyId", "charge", "expectedCost", "netRevenue", "revenueCurrency", "revenueDocuments", "linkKey");

-- A service's last order (the name it was ranked under) is one index probe; "services with orders" still uses it.
DROP INDEX "Order_serviceId_idx";
CREATE INDEX "Order_serviceId_createdAt_idx" ON "Order"("serviceId", "createdAt");
