import { describe, expect, it } from "vitest";
import { agencySettingsSchema } from "@/actions/settings.validation";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { agencySettingsFormValues, saveAgencySettings } from "@/lib/settings/agency-settings";

const form = {
  invoiceMultiplier: "7.1235",
  balanceWarningThreshold: "25.12345",
  currency: "eur",
  agencyName: "  Growth Works Ltd ",
  agencyEmail: "billing@growth.test",
  agencyAddress: "1 Main Street\nLondon EC1A 1AA\nUnited Kingdom",
  agencyTaxId: "GB123456789",
  invoiceFooter: "Payment due within 14 days.",
  integrationLogRetentionDays: "45",
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
    });
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
      currency: "EUR",
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
});
