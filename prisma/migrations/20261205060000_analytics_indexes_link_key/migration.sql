-- "Link contains" searches use a trigram index (the extension lives in public, shared by every schema).
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- "The same link": the link without scheme, `www.` and trailing slash (the host lower-cased).
-- lib/links/target-link.ts linkKeyOf() is the same rule in TypeScript (a test holds them equal).
CREATE FUNCTION order_link_key(link TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  without_scheme TEXT := regexp_replace(split_part(link, '#', 1), '^[a-z][a-z0-9+.-]*://', '', 'i');
  host TEXT := substring(without_scheme from '^[^/?]*');
  rest TEXT := substr(without_scheme, length(host) + 1);
  query_start INT := strpos(rest, '?');
  path TEXT := CASE WHEN query_start = 0 THEN rest ELSE substr(rest, 1, query_start - 1) END;
  query TEXT := CASE WHEN query_start = 0 THEN '' ELSE substr(rest, query_start) END;
BEGIN
  RETURN regexp_replace(lower(host), '^www\.', '') || regexp_replace(path, '/+$', '') || query;
END
$$;

-- Kept by the database on every write, so no code path (and no test fixture) can store a stale key.
CREATE FUNCTION order_set_link_key() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  NEW."linkKey" := order_link_key(NEW."link");
  RETURN NEW;
END
$$;

ALTER TABLE "Order" ADD COLUMN "linkKey" TEXT NOT NULL DEFAULT '';
UPDATE "Order" SET "linkKey" = order_link_key("link");
CREATE TRIGGER "Order_link_key" BEFORE INSERT OR UPDATE OF "link" ON "Order" FOR EACH ROW EXECUTE FUNCTION order_set_link_key();

-- The settings row exists from the start: reading it is a plain select, never an upsert.
INSERT INTO "AppSettings" ("id", "updatedAt") VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT ("id") DO NOTHING;

-- CreateIndex
CREATE INDEX "Invoice_kind_status_idx" ON "Invoice"("kind", "status");

-- CreateIndex
CREATE INDEX "Order_status_createdAt_idx" ON "Order"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Order_serviceId_idx" ON "Order"("serviceId");

-- CreateIndex
CREATE INDEX "Order_network_createdAt_idx" ON "Order"("network", "createdAt");

-- CreateIndex
CREATE INDEX "Order_expectedCost_idx" ON "Order"("expectedCost");

-- CreateIndex
CREATE INDEX "Order_linkKey_createdAt_idx" ON "Order"("linkKey", "createdAt");

-- CreateIndex
CREATE INDEX "Order_link_trgm_idx" ON "Order" USING GIN ("link" gin_trgm_ops);
