-- Amounts keep every digit of the minor unit of the currency: 3 for KWD, BHD, OMR, JOD,
-- TND, IQD, LYD (lib/money). Widening the scale leaves existing values unchanged.
ALTER TABLE "Invoice" ALTER COLUMN "amount" SET DATA TYPE DECIMAL(18,3);
ALTER TABLE "InvoiceLine" ALTER COLUMN "amount" SET DATA TYPE DECIMAL(18,3);

-- What an issued document shows of the agency (issuer) and of the company billed
-- (billTo), frozen at issue: editing Settings or the company no longer rewrites it.
-- Keys as in lib/invoices/invoice-snapshots.ts.
ALTER TABLE "Invoice" ADD COLUMN "issuer" JSONB,
ADD COLUMN "billTo" JSONB;

-- Documents issued before this migration showed the current settings and company,
-- so those are what they get frozen with. Without a settings row the app showed
-- the defaults (AppSettings in the schema): the same defaults here.
UPDATE "Invoice" SET "issuer" = (
  SELECT jsonb_build_object(
    'name', COALESCE(s."agencyName", 'Social Scale Agency'),
    'email', s."agencyEmail",
    'address', s."agencyAddress",
    'taxId', s."agencyTaxId",
    'footer', s."invoiceFooter"
  )
  FROM (VALUES (1)) AS one ("id") LEFT JOIN "AppSettings" s ON s."id" = one."id"
);

UPDATE "Invoice" i SET "billTo" = jsonb_build_object(
  'name', c."name",
  'legalName', c."legalName",
  'addressLine1', c."addressLine1",
  'addressLine2', c."addressLine2",
  'city', c."city",
  'postalCode', c."postalCode",
  'country', c."country",
  'taxId', c."taxId",
  'contactName', c."contactName",
  'contactEmail', c."contactEmail"
)
FROM "Company" c
WHERE c."id" = i."companyId";

-- Every row now has both. The default only serves inserts made outside
-- lib/invoices (which always writes the snapshots): an empty one does not render.
ALTER TABLE "Invoice" ALTER COLUMN "issuer" SET NOT NULL,
ALTER COLUMN "issuer" SET DEFAULT '{}',
ALTER COLUMN "billTo" SET NOT NULL,
ALTER COLUMN "billTo" SET DEFAULT '{}';
