-- Every statement that changes what an analytics figure reads notifies the app when it commits
-- (once per transaction: Postgres folds identical notifications), so each app process keeps
-- its computed analytics views until the figures change, and no longer (lib/analytics/view-cache.ts).
-- The payload is the changed table's schema: apps sharing a database in schemas of their own
-- (each test file has one) hear only their own changes.
CREATE FUNCTION analytics_figures_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('analytics_figures_changed', TG_TABLE_SCHEMA);
  RETURN NULL;
END
$$;

-- An order's figures: placed or not, when, for whom, on what, its cost and its revenue (kept
-- on the order by the Invoice triggers, so a document change is an order update too).
CREATE TRIGGER "Order_analytics_figures_changed"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "providerOrderId", "createdAt", "companyId", "serviceId", "serviceName", "network", "link", "linkKey",
    "charge", "expectedCost", "netRevenue", "revenueCurrency", "revenueDocuments"
  ON "Order" FOR EACH STATEMENT EXECUTE FUNCTION analytics_figures_changed();

-- The top companies show their names.
CREATE TRIGGER "Company_analytics_figures_changed"
  AFTER UPDATE OF "name" OR DELETE OR TRUNCATE ON "Company"
  FOR EACH STATEMENT EXECUTE FUNCTION analytics_figures_changed();
