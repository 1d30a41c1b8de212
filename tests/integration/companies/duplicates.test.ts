import { describe, expect, it } from "vitest";
import { companiesWithPossibleDuplicates, dismissPossibleDuplicate, findPossibleDuplicates } from "@/lib/companies/duplicates";
import { mergeCompanies } from "@/lib/companies/merge-companies";
import { createCompany } from "@/lib/companies/save-company";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { companyInput, createInvoice, createOrder } from "./fixtures";

let sequence = 0;
const unique = (label: string) => `${label} ${++sequence}-${Math.random().toString(36).slice(2, 8)}`;

async function socialAccount(companyId: string, externalId: string) {
  return db.socialAccount.create({
    data: { companyId, platform: "FACEBOOK_PAGE", externalId, name: `Page ${externalId}`, accessTokenSealed: "k1:sealed", tokenIssuedAt: new Date() },
  });
}

async function ghlSubaccount(companyId: string) {
  return db.ghlSubaccount.create({ data: { companyId, userEmail: `ops+${companyId}@agency.test`, password: "k1:sealed" } });
}

describe("possible duplicates", () => {
  it("flags a company registered again with the same name (any case, spaces around) or the same contact e-mail", async () => {
    const name = unique("Northwind Café");
    const first = await createCompany(companyInput({ name, contactEmail: `${name.replace(/\W/g, "")}@north.test` }));
    const sameName = await createCompany(companyInput({ name: `  ${name.toUpperCase()} ` }), "ONBOARDING");
    const sameEmail = await createCompany(companyInput({ name: unique("Other"), contactEmail: `  ${first.contactEmail!.toUpperCase()}` }));
    const unrelated = await createCompany(companyInput({ name: unique("Unrelated"), contactEmail: "someone@else.test" }));

    const found = await findPossibleDuplicates(first.id);
    expect(found.map((company) => [company.id, company.reasons])).toEqual([
      [sameName.id, ["name"]],
      [sameEmail.id, ["email"]],
    ]);
    expect((await findPossibleDuplicates(sameName.id)).map((company) => company.id)).toEqual([first.id]);
    expect(await findPossibleDuplicates(unrelated.id)).toEqual([]);
    expect(await companiesWithPossibleDuplicates([first.id, sameName.id, sameEmail.id, unrelated.id])).toEqual(new Set([first.id, sameName.id, sameEmail.id]));
  });

  it("treats LIKE wildcards in a name as plain characters", async () => {
    const company = await createCompany(companyInput({ name: unique("100%_Organic") }));
    await createCompany(companyInput({ name: company.name.replace("%_", "xy") }));
    expect(await findPossibleDuplicates(company.id)).toEqual([]);
  });

  it("keep both: the pair is no longer flagged, either way round", async () => {
    const name = unique("Twin Peaks");
    const a = await createCompany(companyInput({ name }));
    const b = await createCompany(companyInput({ name }));
    await dismissPossibleDuplicate(b.id, a.id);
    await dismissPossibleDuplicate(a.id, b.id);
    expect(await findPossibleDuplicates(a.id)).toEqual([]);
    expect(await companiesWithPossibleDuplicates([a.id, b.id])).toEqual(new Set());
    await expect(dismissPossibleDuplicate(a.id, "no-such-company")).rejects.toThrow(UserFacingError);
  });
});

describe("merging companies", () => {
  it("moves orders, invoices and accounts in one transaction and archives the merged company with a note", async () => {
    const name = unique("Blue Harbor");
    const kept = await createCompany(companyInput({ name }));
    const merged = await createCompany(companyInput({ name, notes: "Signed up twice." }), "ONBOARDING");
    const order = await createOrder(merged.id);
    const invoice = await createInvoice(order, { amount: "9.88" });
    await createOrder(kept.id);
    await socialAccount(merged.id, unique("page"));
    await ghlSubaccount(merged.id);

    const outcome = await mergeCompanies(kept.id, merged.id);
    expect(outcome.moved).toMatchObject({ orders: 1, invoices: 1, socialAccounts: 1, ghlSubaccounts: 1 });
    expect(await db.order.count({ where: { companyId: kept.id } })).toBe(2);
    const movedInvoice = await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(movedInvoice.companyId).toBe(kept.id);
    // An issued document never changes: its billed-to snapshot stays as it was issued.
    expect(movedInvoice.billTo).toEqual(invoice.billTo);
    expect(await db.ghlSubaccount.findUnique({ where: { companyId: kept.id } })).not.toBeNull();
    const after = await db.company.findUniqueOrThrow({ where: { id: merged.id } });
    expect(after).toMatchObject({ status: "ARCHIVED", mergedIntoId: kept.id });
    expect(after.notes).toMatch(/^Signed up twice\.\n\nMerged into Blue Harbor .* \(c\w+\) on \d{4}-\d{2}-\d{2}/);
    expect(await findPossibleDuplicates(kept.id)).toEqual([]);
    await expect(mergeCompanies(merged.id, kept.id)).rejects.toThrow(/already merged/);
  });

  it("refuses, changing nothing, when both companies have a GoHighLevel sub-account", async () => {
    const name = unique("Grey Lake");
    const kept = await createCompany(companyInput({ name }));
    const merged = await createCompany(companyInput({ name }));
    await ghlSubaccount(kept.id);
    await ghlSubaccount(merged.id);
    const order = await createOrder(merged.id);

    await expect(mergeCompanies(kept.id, merged.id)).rejects.toThrow(/Both .* have a GoHighLevel sub-account.*Nothing was merged/);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).companyId).toBe(merged.id);
    expect((await db.company.findUniqueOrThrow({ where: { id: merged.id } })).mergedIntoId).toBeNull();
  });

  it("refuses when the same social account is connected to both", async () => {
    const name = unique("Red Rock");
    const kept = await createCompany(companyInput({ name }));
    const merged = await createCompany(companyInput({ name }));
    const page = unique("shared-page");
    await socialAccount(kept.id, page);
    await socialAccount(merged.id, page);
    await expect(mergeCompanies(kept.id, merged.id)).rejects.toThrow(/Nothing was merged: disconnect it/);
  });

  it("two merges of the same pair at once merge once", async () => {
    const name = unique("Silver Birch");
    const a = await createCompany(companyInput({ name }));
    const b = await createCompany(companyInput({ name }));
    const outcomes = await Promise.allSettled([mergeCompanies(a.id, b.id), mergeCompanies(b.id, a.id)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rows = await db.company.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.filter((row) => row.mergedIntoId !== null)).toHaveLength(1);
  });
});
