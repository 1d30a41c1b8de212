import { describe, expect, it } from "vitest";
import { returnPathFrom } from "@/lib/http/request-path";

describe("returnPathFrom", () => {
  it("keeps the console page asked for, with its query", () => {
    expect(returnPathFrom("/orders?status=PENDING&page=2")).toBe("/orders?status=PENDING&page=2");
    expect(returnPathFrom("/invoices/cabc123")).toBe("/invoices/cabc123");
  });

  it("never leads off the console or back to a sign-in page", () => {
    for (const unsafe of ["https://evil.test/", "//evil.test", "/\\evil.test", "", null, "/login?callbackUrl=/x", "/register", "/reset-password?token=x"]) {
      expect(returnPathFrom(unsafe)).toBeUndefined();
    }
  });
});
