import { describe, expect, it } from "vitest";
import { billToLines } from "@/lib/invoices/party-lines";

describe("billToLines", () => {
  it("lists the billed company's details under its name, skipping blanks", () => {
    expect(
      billToLines({
        name: "Acme",
        legalName: "Acme Trading LLC",
        addressLine1: "1 Main St",
        addressLine2: " ",
        city: "Austin",
        postalCode: "78701",
        country: "USA",
        taxId: "US-1",
        contactName: "Ann",
        contactEmail: "ann@acme.test",
      }),
    ).toEqual(["Acme Trading LLC", "1 Main St", "78701 Austin", "USA", "Tax ID: US-1", "ann@acme.test"]);
  });
});
