import { describe, expect, it } from "vitest";
import { agencySettingsSchema } from "@/actions/settings.validation";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { agencySettingsFormValues, saveAgencySettings } from "@/lib/settings/agency-settings";

const form = {
  invoiceMultiplier: "7.1235",
  balanceWarningThreshold: "25.12345",
  currency: "usd",
  agencyName: "  Growth Works Ltd ",
  agencyEmail: "billing@growth.test",
  agencyAddress: "1 Main Street\nLondon EC1A 1AA\nUnited Kingdom",
  agencyTaxId: "GB123456789",
  invoiceFooter: "Payment due within 14 days.",
  integrationLogRetentionDays: "45",
  timezone: "Asia/Tokyo",
};

describe("agency settings", () => {
  it("start with the defaults", async () => {
    const values = agencySettingsFormValues(await getSettings());

    expect(values).toEqual({
      invoiceMultiplier: "8",
      balanceWarningThreshold: "10",
      currency: "USD",
      agencyName: "Social Scale Agency",
      agencyEmail: null,
      agencyAddress: null,
      agencyTaxId: null,
      invoiceFooter: null,
      integrationLogRetentionDays: 30,
      timezone: "UTC",
    });
  });

  it("live in the row the migrations created: reading them writes nothing", async () => {
    const before = await db.appSettings.findMany();
    expect(before.map((row) => row.id)).toEqual([1]);
    await getSettings();
    await getSettings();
    expect((await db.appSettings.findUniqueOrThrow({ where: { id: 1 } })).updatedAt).toEqual(before[0]!.updatedAt);
  });

  it("save what the form sent, decimals exactly, in the one settings row", async () => {
    await saveAgencySettings(agencySettingsSchema.parse(form));

    const stored = await getSettings();
    expect(stored.invoiceMultiplier.toFixed(4)).toBe("7.1235");
    expect(stored.balanceWarningThreshold.toFixed(5)).toBe("25.12345");
    expect(agencySettingsFormValues(stored)).toEqual({
      ...form,
      invoiceMultiplier: "7.1235",
      balanceWarningThreshold: "25.12345",
      currency: "USD",
      agencyName: "Growth Works Ltd",
      integrationLogRetentionDays: 45,
    });
    expect(await db.appSettings.count()).toBe(1);
  });

  it("clear optional details left blank", async () => {
    await saveAgencySettings(agencySettingsSchema.parse(form));

    await saveAgencySettings(agencySettingsSchema.parse({ ...form, agencyEmail: "", agencyAddress: " ", agencyTaxId: "", invoiceFooter: "" }));

    expect(await getSettings()).toMatchObject({ agencyEmail: null, agencyAddress: null, agencyTaxId: null, invoiceFooter: null, agencyName: "Growth Works Ltd" });
  });

  it("never relabel the panel's currency: another code is refused and nothing changes", async () => {
    await saveAgencySettings(agencySettingsSchema.parse(form));
    await expect(saveAgencySettings(agencySettingsSchema.parse({ ...form, currency: "EUR", agencyName: "Renamed" }))).rejects.toThrow(
      /^The panel bills in USD: invoices stay in the panel's currency, so the currency must be USD\./,
    );
    expect(await getSettings()).toMatchObject({ currency: "USD", agencyName: "Growth Works Ltd" });
  });
});
