import { describe, expect, it } from "vitest";
import { firstParam } from "@/lib/list-query";
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

describe("isFiltered", () => {
  it("tells a narrowed list from one that is only paged or sorted", async () => {
    const { isFiltered } = await import("@/lib/list-query");
    expect(isFiltered({ page: "3", sort: "createdAt", dir: "asc", pageSize: "50" })).toBe(false);
    expect(isFiltered({ status: "", q: "  " })).toBe(false);
    expect(isFiltered({ status: "PAID" })).toBe(true);
  });
});
