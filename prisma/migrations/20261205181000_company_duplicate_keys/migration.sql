-- "Possible duplicate" checks compare trimmed names and contact e-mails in any case: equality on
-- these expressions is one index probe per company, where the ILIKE comparison it replaces
-- ran a pattern match against every other company (37 ms for a page of 25 among 1,000).
CREATE INDEX "Company_duplicate_name_idx" ON "Company" (lower(btrim("name")));
CREATE INDEX "Company_duplicate_email_idx" ON "Company" (lower(btrim("contactEmail")));
