import { describe, expect, it } from "vitest";
import { firstParam, sortFrom } from "@/lib/list-query";
import { orderFiltersFrom } from "@/lib/orders/list-orders";

describe("query parameters from the URL", () => {
  it("takes the first of repeated values and drops values Postgres cannot handle", () => {
    expect(firstParam({ q: ["a", "b"] }, "q")).toBe("a");
    expect(firstParam({ q: "bad\0value" }, "q")).toBeUndefined();
    expect(firstParam({ q: "" }, "q")).toBeUndefined();
  });

  it("ignores order filters that could not match anything instead of failing", () => {
    const filters = orderFiltersFrom({ serviceId: "99999999999", status: "NOPE", link: "x\0y", companyId: "c1" });
    expect(filters).toMatchObject({ serviceId: undefined, status: undefined, link: undefined, companyId: "c1" });
  });
});

describe("sortFrom", () => {
  it("keeps each list to its own fields, falling back on anything else", () => {
    const orderFields = ["createdAt", "quantity"] as const;
    const invoiceFields = ["issuedAt", "amount"] as const;
    const orders = { field: "createdAt", direction: "desc" } as const;
    const invoices = { field: "issuedAt", direction: "asc" } as const;
    expect(sortFrom({ sort: "quantity", dir: "asc" }, orderFields, orders)).toEqual({ field: "quantity", direction: "asc" });
    expect(sortFrom({ sort: "quantity", dir: "sideways" }, invoiceFields, invoices)).toEqual(invoices);
    expect(sortFrom({ sort: "amount" }, invoiceFields, invoices)).toEqual({ field: "amount", direction: "asc" });
    expect(sortFrom({ sort: "amount", dir: "desc" }, orderFields, orders)).toEqual(orders);
    expect(sortFrom({}, orderFields, orders)).toEqual(orders);
  });
});

describe("isFiltered", () => {
  it("tells a narrowed list from one that is only paged or sorted", async () => {
    const { isFiltered } = await import("@/lib/list-query");
    expect(isFiltered({ page: "3", sort: "createdAt", dir: "asc", pageSize: "50" })).toBe(false);
    expect(isFiltered({ status: "", q: "  " })).toBe(false);
    expect(isFiltered({ status: "PAID" })).toBe(true);
  });
});
