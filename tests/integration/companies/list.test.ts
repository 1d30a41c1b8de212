import { beforeAll, describe, expect, it } from "vitest";
import { archiveCompany } from "@/lib/companies/archive-company";
import { type CompanyListQuery, companyListFiltersFrom, listCompanies } from "@/lib/companies/list-companies";
import { db } from "@/lib/db";
import { companyInput, createOrder } from "./fixtures";

const firstPage = { page: 1, pageSize: 25, skip: 0 };
const byName = { field: "name", direction: "asc" } as const;

function query(overrides: Partial<CompanyListQuery>): CompanyListQuery {
  return { status: "active", sort: byName, pagination: firstPage, ...overrides };
}

async function namesOf(overrides: Partial<CompanyListQuery>): Promise<string[]> {
  return (await listCompanies(query(overrides))).items.map((company) => company.name);
}

beforeAll(async () => {
  const companies = [
    { name: "Bravo Media", contactEmail: "hello@bravo.test", city: "Lisbon", createdAt: "2026-01-02" },
    { name: "alpha studio", contactName: "Ana Alves", createdAt: "2026-01-05" },
    { name: "Charlie 100% Organic", country: "Portugal", createdAt: "2026-01-01" },
    { name: "Delta_Works", createdAt: "2026-01-04" },
    { name: "Echo Archived", contactEmail: "echo@bravo.test", createdAt: "2026-01-03" },
  ];
  for (const { createdAt, ...fields } of companies) {
    await db.company.create({ data: { ...companyInput(fields), createdAt: new Date(`${createdAt}T10:00:00Z`) } });
  }
  const echo = await db.company.findFirstOrThrow({ where: { name: "Echo Archived" } });
  await archiveCompany(echo.id);
  const bravo = await db.company.findFirstOrThrow({ where: { name: "Bravo Media" } });
  await createOrder(bravo.id);
  await createOrder(bravo.id, { placed: false });
});

describe("listCompanies", () => {
  it("shows active companies by name, ignoring case, with each one's order count", async () => {
    const page = await listCompanies(query({}));
    expect(page.items.map((company) => [company.name, company._count.orders])).toEqual([
      ["alpha studio", 0],
      ["Bravo Media", 2],
      ["Charlie 100% Organic", 0],
      ["Delta_Works", 0],
    ]);
    expect(page).toMatchObject({ total: 4, page: 1, pageCount: 1 });
  });

  it("filters by status", async () => {
    expect(await namesOf({ status: "archived" })).toEqual(["Echo Archived"]);
    expect(await namesOf({ status: "all" })).toHaveLength(5);
  });

  it("searches name, contact, e-mail, city and country without regard to case", async () => {
    expect(await namesOf({ q: "ANA ALVES" })).toEqual(["alpha studio"]);
    expect(await namesOf({ q: "@bravo.test" })).toEqual(["Bravo Media"]);
    expect(await namesOf({ q: "@bravo.test", status: "all" })).toEqual(["Bravo Media", "Echo Archived"]);
    expect(await namesOf({ q: "lisbon" })).toEqual(["Bravo Media"]);
    expect(await namesOf({ q: "portugal" })).toEqual(["Charlie 100% Organic"]);
  });

  it("takes % and _ in a search literally", async () => {
    expect(await namesOf({ q: "100%" })).toEqual(["Charlie 100% Organic"]);
    expect(await namesOf({ q: "a_w" })).toEqual(["Delta_Works"]);
    expect(await namesOf({ q: "%" })).toEqual(["Charlie 100% Organic"]);
  });

  it("sorts by name or creation date, either way", async () => {
    expect(await namesOf({ sort: { field: "name", direction: "desc" } })).toEqual([
      "Delta_Works",
      "Charlie 100% Organic",
      "Bravo Media",
      "alpha studio",
    ]);
    expect(await namesOf({ sort: { field: "createdAt", direction: "desc" } })).toEqual([
      "alpha studio",
      "Delta_Works",
      "Bravo Media",
      "Charlie 100% Organic",
    ]);
    expect(await namesOf({ sort: { field: "createdAt", direction: "asc" } })).toEqual([
      "Charlie 100% Organic",
      "Bravo Media",
      "Delta_Works",
      "alpha studio",
    ]);
  });

  it("pages through the results", async () => {
    const second = await listCompanies(query({ status: "all", pagination: { page: 2, pageSize: 2, skip: 2 } }));
    expect(second.items.map((company) => company.name)).toEqual(["Charlie 100% Organic", "Delta_Works"]);
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 2, pageCount: 3 });

    const beyond = await listCompanies(query({ pagination: { page: 9, pageSize: 2, skip: 16 } }));
    expect(beyond).toMatchObject({ items: [], total: 4 });
  });
});

describe("companyListFiltersFrom", () => {
  it("reads the URL's filters and falls back to the defaults for nonsense", () => {
    expect(companyListFiltersFrom({ q: "  acme ", status: "archived", sort: "createdAt", dir: "desc" })).toEqual({
      q: "acme",
      status: "archived",
      sort: { field: "createdAt", direction: "desc" },
    });
    expect(companyListFiltersFrom({ q: "   ", status: "deleted", sort: "password", dir: "sideways" })).toEqual({
      q: undefined,
      status: "active",
      sort: { field: "name", direction: "asc" },
    });
  });
});
