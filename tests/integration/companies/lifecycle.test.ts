import { describe, expect, it } from "vitest";
import { archiveCompany, restoreCompany } from "@/lib/companies/archive-company";
import { COMPANY_NOT_FOUND_MESSAGE } from "@/lib/companies/company-input";
import { deleteCompany } from "@/lib/companies/delete-company";
import { getCompany, hasHistory } from "@/lib/companies/get-company";
import { createCompany, updateCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { companyInput, createInvoice, createOrder, ensureService, orderData } from "./fixtures";

describe("create and update", () => {
  it("creates an active console company, and an update replaces every field (null clears one)", async () => {
    const created = await createCompany(companyInput({ name: "Blue Fox", contactEmail: "ana@bluefox.test", city: "Porto" }));
    expect(created).toMatchObject({ status: "ACTIVE", source: "CONSOLE", archivedAt: null, city: "Porto" });

    const updated = await updateCompany(created.id, companyInput({ name: "Blue Fox Media", contactEmail: "ana@bluefox.test" }));
    expect(updated).toMatchObject({ name: "Blue Fox Media", contactEmail: "ana@bluefox.test", city: null });
  });

  it("refuses to update an unknown company with a message for the user", async () => {
    const failure = updateCompany("does-not-exist", companyInput());
    await expect(failure).rejects.toBeInstanceOf(UserFacingError);
    await expect(failure).rejects.toThrow(COMPANY_NOT_FOUND_MESSAGE);
  });
});

describe("archive and restore", () => {
  it("archives with a timestamp, keeps the orders, and restores", async () => {
    const company = await createCompany(companyInput({ name: "Archivable" }));
    const order = await createOrder(company.id);

    const archived = await archiveCompany(company.id);
    expect(archived.status).toBe("ARCHIVED");
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect(await db.order.findUnique({ where: { id: order.id } })).not.toBeNull();

    const again = await archiveCompany(company.id);
    expect(again.archivedAt).toEqual(archived.archivedAt);

    const restored = await restoreCompany(company.id);
    expect(restored).toMatchObject({ status: "ACTIVE", archivedAt: null });
  });

  it("says the company no longer exists for an unknown id", async () => {
    await expect(archiveCompany("missing-company")).rejects.toThrow(COMPANY_NOT_FOUND_MESSAGE);
    await expect(restoreCompany("missing-company")).rejects.toThrow(COMPANY_NOT_FOUND_MESSAGE);
  });
});

describe("delete", () => {
  it("deletes a company that never had an order or invoice", async () => {
    const company = await createCompany(companyInput({ name: "Short-lived" }));
    const detail = await getCompany(company.id);
    expect(detail && hasHistory(detail)).toBe(false);

    await expect(deleteCompany(company.id)).resolves.toEqual({ name: "Short-lived" });
    expect(await getCompany(company.id)).toBeNull();
  });

  it("refuses a company with an order, suggesting to archive it, and deletes nothing", async () => {
    const company = await createCompany(companyInput({ name: "Has orders" }));
    await createOrder(company.id, { placed: false });
    const detail = await getCompany(company.id);
    expect(detail && hasHistory(detail)).toBe(true);

    const failure = deleteCompany(company.id);
    await expect(failure).rejects.toBeInstanceOf(UserFacingError);
    await expect(failure).rejects.toThrow(/archive it instead/);
    expect(await getCompany(company.id)).not.toBeNull();
  });

  it("refuses a company that has an invoice", async () => {
    const billed = await createCompany(companyInput({ name: "Billed" }));
    const other = await createCompany(companyInput({ name: "Ordered elsewhere" }));
    const order = await createOrder(other.id);
    // An invoice row for `billed`, so only the invoice check can refuse.
    await createInvoice({ id: order.id, companyId: billed.id }, { amount: "10.00" });

    await expect(deleteCompany(billed.id)).rejects.toThrow(/archive it instead/);
    expect(await getCompany(billed.id)).not.toBeNull();
  });

  it("refuses when an order for it commits while the delete is under way", async () => {
    const company = await createCompany(companyInput({ name: "Raced" }));
    let releaseOrder!: () => void;
    const orderMayCommit = new Promise<void>((resolve) => (releaseOrder = resolve));
    let orderInserted!: () => void;
    const inserted = new Promise<void>((resolve) => (orderInserted = resolve));

    await ensureService();
    const ordering = db.$transaction(async (tx) => {
      await tx.order.create({ data: orderData(company.id, { placed: false, status: "SUBMITTING" }) });
      orderInserted();
      await orderMayCommit;
    });

    await inserted;
    const deleting = deleteCompany(company.id).then(
      () => "deleted",
      (error: unknown) => (error instanceof Error ? error.message : "failed"),
    );
    // Give the delete time to reach the company row and wait on the order's lock.
    await new Promise((resolve) => setTimeout(resolve, 300));
    releaseOrder();
    await ordering;

    expect(await deleting).toMatch(/archive it instead/);
    expect(await db.order.count({ where: { companyId: company.id } })).toBe(1);
  });

  it("says the company no longer exists for an unknown id", async () => {
    await expect(deleteCompany("missing-company")).rejects.toThrow(COMPANY_NOT_FOUND_MESSAGE);
  });
});
