import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { readInvoiceSnapshots } from "@/lib/invoices/invoice-snapshots";

// The migration that added Invoice.issuer/billTo, replayed on a database that already
// has invoices: the rows it backfills must read back as valid snapshots.
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../../prisma/migrations");
const opened: { client: pg.Client; schema: string }[] = [];

async function migrationsAroundSnapshots(): Promise<{ before: string[]; snapshots: string }> {
  const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const index = folders.findIndex((folder) => folder.endsWith("_invoice_snapshots"));
  if (index < 0) throw new Error("no invoice_snapshots migration");
  const read = (folder: string) => readFile(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8");
  return { before: await Promise.all(folders.slice(0, index).map(read)), snapshots: await read(folders[index]!) };
}

/** A schema of its own holding the tables as they were before the migration. */
async function schemaBeforeSnapshots(): Promise<{ client: pg.Client; snapshots: string }> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  const schema = `t_snapshot_migration_${Math.random().toString(36).slice(2, 10)}`;
  opened.push({ client, schema });
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  const { before, snapshots } = await migrationsAroundSnapshots();
  for (const sql of before) await client.query(sql);
  return { client, snapshots };
}

async function insertInvoices(client: pg.Client): Promise<void> {
  await client.query(`
    INSERT INTO "Company" ("id", "name", "legalName", "contactName", "contactEmail", "addressLine1", "addressLine2", "city", "postalCode", "country", "taxId", "updatedAt")
    VALUES ('c1', 'Acme', 'Acme Ltd', 'Ann Acme', 'ann@acme.test', '1 Road', NULL, 'Leeds', 'LS1 1AA', 'UK', 'GB123', now()),
           ('c2', 'Bare Co', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, now());
    INSERT INTO "Service" ("id", "name", "type", "category", "network", "ratePer1000", "min", "max", "lastSyncedAt", "updatedAt")
    VALUES (1, 'Followers', 'Default', 'Instagram - Followers', 'INSTAGRAM', 1, 10, 1000, now(), now());
    INSERT INTO "Order" ("id", "idempotencyKey", "companyId", "serviceId", "serviceName", "serviceType", "network", "ratePer1000", "link", "quantity", "multiplier", "expectedCost", "status", "updatedAt")
    VALUES ('o1', 'k1', 'c1', 1, 'Followers', 'Default', 'INSTAGRAM', 1, 'https://x.test', 1000, 8, 1.85184, 'PARTIAL', now()),
           ('o2', 'k2', 'c2', 1, 'Followers', 'Default', 'INSTAGRAM', 1, 'https://y.test', 1000, 8, 1, 'PENDING', now());
    INSERT INTO "Invoice" ("id", "kind", "number", "companyId", "orderId", "creditedInvoiceId", "currency", "providerCost", "multiplier", "amount", "updatedAt")
    VALUES ('i1', 'INVOICE', 'INV-2026-00001', 'c1', 'o1', NULL, 'USD', 1.85184, 8, 14.81, now()),
           ('n1', 'CREDIT_NOTE', 'CN-2026-00001', 'c1', 'o1', 'i1', 'USD', 0.5, 8, 4.00, now()),
           ('i2', 'INVOICE', 'INV-2026-00002', 'c2', 'o2', NULL, 'USD', 1, 8, 8, now());
    INSERT INTO "InvoiceLine" ("id", "invoiceId", "position", "description", "quantity", "unitPrice", "amount")
    VALUES ('l1', 'i1', 1, 'Followers', 1000, 0.01481, 14.81);
  `);
}

async function snapshotsOf(client: pg.Client) {
  const { rows } = await client.query<{ id: string; number: string; issuer: unknown; billTo: unknown; amount: string }>(
    `SELECT "id", "number", "issuer", "billTo", "amount"::text FROM "Invoice" ORDER BY "id"`,
  );
  return Object.fromEntries(rows.map((row) => [row.id, { ...readInvoiceSnapshots(row), amount: row.amount }]));
}

afterAll(async () => {
  for (const { client, schema } of opened) {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  }
});

describe("the invoice_snapshots migration", () => {
  it("freezes existing documents with the current settings and company, keeping every amount", async () => {
    const { client, snapshots } = await schemaBeforeSnapshots();
    await client.query(`
      INSERT INTO "AppSettings" ("id", "agencyName", "agencyEmail", "agencyAddress", "agencyTaxId", "invoiceFooter", "updatedAt")
      VALUES (1, 'Scale Partners', 'billing@scale.test', E'1 Growth St\\nLondon', 'GB999', 'Pay in 14 days', now())`);
    await insertInvoices(client);

    await client.query(snapshots);

    const issuer = { name: "Scale Partners", email: "billing@scale.test", address: "1 Growth St\nLondon", taxId: "GB999", footer: "Pay in 14 days" };
    const acme = {
      name: "Acme",
      legalName: "Acme Ltd",
      addressLine1: "1 Road",
      addressLine2: null,
      city: "Leeds",
      postalCode: "LS1 1AA",
      country: "UK",
      taxId: "GB123",
      contactName: "Ann Acme",
      contactEmail: "ann@acme.test",
    };
    const bare = {
      name: "Bare Co",
      legalName: null,
      addressLine1: null,
      addressLine2: null,
      city: null,
      postalCode: null,
      country: null,
      taxId: null,
      contactName: null,
      contactEmail: null,
    };
    expect(await snapshotsOf(client)).toEqual({
      i1: { issuer, billTo: acme, amount: "14.810" },
      n1: { issuer, billTo: acme, amount: "4.000" },
      i2: { issuer, billTo: bare, amount: "8.000" },
    });
    const { rows: lines } = await client.query<{ amount: string }>(`SELECT "amount"::text FROM "InvoiceLine"`);
    expect(lines).toEqual([{ amount: "14.810" }]);

    const { rows: columns } = await client.query<{ column_name: string; is_nullable: string }>(
      `SELECT column_name, is_nullable FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = 'Invoice' AND column_name IN ('issuer', 'billTo') ORDER BY column_name`,
    );
    expect(columns).toEqual([
      { column_name: "billTo", is_nullable: "NO" },
      { column_name: "issuer", is_nullable: "NO" },
    ]);
  });

  it("uses the Settings defaults when the settings were never saved", async () => {
    const { client, snapshots } = await schemaBeforeSnapshots();
    await insertInvoices(client);

    await client.query(snapshots);

    const defaults = { name: "Social Scale Agency", email: null, address: null, taxId: null, footer: null };
    const migrated = await snapshotsOf(client);
    expect(Object.values(migrated).map((invoice) => invoice.issuer)).toEqual([defaults, defaults, defaults]);
  });
});
