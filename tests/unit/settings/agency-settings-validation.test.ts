import { describe, expect, it } from "vitest";
import { agencySettingsSchema } from "@/actions/settings.validation";

const valid = {
  invoiceMultiplier: "8",
  balanceWarningThreshold: "10",
  currency: "USD",
  agencyName: "Social Scale Agency",
  agencyEmail: "",
  agencyAddress: "",
  agencyTaxId: "",
  invoiceFooter: "",
  integrationLogRetentionDays: "30",
};

function errorsFor(input: Partial<typeof valid>): Record<string, string[] | undefined> {
  const result = agencySettingsSchema.safeParse({ ...valid, ...input });
  if (result.success) return {};
  const { fieldErrors } = result.error.flatten();
  return fieldErrors;
}

describe("agencySettingsSchema", () => {
  it("accepts the defaults and turns blank optional fields into null", () => {
    expect(agencySettingsSchema.parse(valid)).toEqual({
      ...valid,
      agencyEmail: null,
      agencyAddress: null,
      agencyTaxId: null,
      invoiceFooter: null,
      integrationLogRetentionDays: 30,
    });
  });

  it("asks for a whole number of days, between 1 and 3650, to keep the integration log", () => {
    expect(errorsFor({ integrationLogRetentionDays: "0" }).integrationLogRetentionDays).toEqual(["Keep the log for at least 1 day."]);
    expect(errorsFor({ integrationLogRetentionDays: "2.5" }).integrationLogRetentionDays).toEqual(["Enter a whole number of days."]);
    expect(errorsFor({ integrationLogRetentionDays: "lots" }).integrationLogRetentionDays).toEqual(["Enter a number of days, like 30."]);
    expect(errorsFor({ integrationLogRetentionDays: "4000" }).integrationLogRetentionDays).toEqual(["Keep the log for at most 3650 days (10 years)."]);
  });

  it("keeps decimals as exact text, trims, upper-cases the currency and keeps address lines", () => {
    const parsed = agencySettingsSchema.parse({
      ...valid,
      invoiceMultiplier: " 7.1235 ",
      balanceWarningThreshold: "0",
      currency: "eur",
      agencyEmail: " billing@agency.test ",
      agencyAddress: "1 Main Street\nLondon\nUK",
    });
    expect(parsed).toMatchObject({
      invoiceMultiplier: "7.1235",
      balanceWarningThreshold: "0",
      currency: "EUR",
      agencyEmail: "billing@agency.test",
      agencyAddress: "1 Main Street\nLondon\nUK",
    });
  });

  it.each([
    ["", "Enter the invoice multiplier."],
    ["0", "The invoice multiplier must be more than 0."],
    ["0.0000", "The invoice multiplier must be more than 0."],
    ["-2", "The invoice multiplier cannot be negative."],
    ["1000.0001", "The invoice multiplier can be at most 1,000."],
    ["8.12345", "Enter the invoice multiplier as a number like 8 or 7.5, with at most 4 decimals."],
    ["8,5", "Enter the invoice multiplier as a number like 8 or 7.5, with at most 4 decimals."],
    ["1e3", "Enter the invoice multiplier as a number like 8 or 7.5, with at most 4 decimals."],
    ["eight", "Enter the invoice multiplier as a number like 8 or 7.5, with at most 4 decimals."],
  ])("rejects the multiplier %j with one clear message", (invoiceMultiplier, message) => {
    expect(errorsFor({ invoiceMultiplier }).invoiceMultiplier).toEqual([message]);
  });

  it("accepts the multiplier's bounds", () => {
    expect(errorsFor({ invoiceMultiplier: "1000" })).toEqual({});
    expect(errorsFor({ invoiceMultiplier: "0.0001" })).toEqual({});
  });

  it("rejects a negative or malformed balance threshold", () => {
    expect(errorsFor({ balanceWarningThreshold: "-1" }).balanceWarningThreshold).toEqual(["The balance warning threshold cannot be negative."]);
    expect(errorsFor({ balanceWarningThreshold: "1.123456" }).balanceWarningThreshold).toEqual([
      "Enter the balance warning threshold as a number like 10 or 25.50, with at most 5 decimals.",
    ]);
    expect(errorsFor({ balanceWarningThreshold: "" }).balanceWarningThreshold).toEqual(["Enter the balance warning threshold."]);
  });

  it("wants an ISO 4217 currency code", () => {
    expect(errorsFor({ currency: "US" }).currency).toEqual(["Enter a 3-letter ISO currency code, like USD or EUR."]);
    expect(errorsFor({ currency: "US$" }).currency).toEqual(["Enter a 3-letter ISO currency code, like USD or EUR."]);
    expect(errorsFor({ currency: "ZZQ" }).currency).toEqual(["This is not an ISO 4217 currency code; use one like USD, EUR or INR."]);
    expect(errorsFor({ currency: "inr" })).toEqual({});
  });

  it("wants an agency name and a valid e-mail when one is given", () => {
    expect(errorsFor({ agencyName: "  " }).agencyName).toEqual(["Enter the agency's name, as invoices should show it."]);
    expect(errorsFor({ agencyEmail: "billing at agency" }).agencyEmail).toEqual(["Enter a valid e-mail address, like billing@agency.com."]);
    expect(errorsFor({ invoiceFooter: "x".repeat(1001) }).invoiceFooter).toEqual(["Use at most 1000 characters."]);
  });
});
