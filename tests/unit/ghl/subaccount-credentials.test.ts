import { describe, expect, it } from "vitest";
import { ghlSettingsSchema } from "@/actions/ghl.validation";
import {
  generateSubaccountPassword,
  subaccountKey,
  subaccountUserEmail,
} from "@/lib/ghl/provisioning/subaccount-credentials";

describe("generateSubaccountPassword", () => {
  it("is 24 characters with every class, and never repeats", () => {
    const passwords = Array.from({ length: 200 }, generateSubaccountPassword);
    for (const password of passwords) {
      expect(password).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*[2-9])(?=.*[!#$%*+\-=?@^_]).{24}$/);
      expect(password).not.toMatch(/[0O1lI]/);
    }
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});

describe("subaccountUserEmail", () => {
  it("fills {location} with the company's key, lower-cased", () => {
    expect(subaccountKey("cmX_12-ab")).toBe("cmx12ab");
    expect(subaccountUserEmail(" Ops+{location}@Agency.example ", "cmABC123")).toBe("ops+cmabc123@agency.example");
  });
});

describe("ghlSettingsSchema", () => {
  it("reads the checkbox as on/off and keeps a valid template", () => {
    expect(ghlSettingsSchema.parse({ ghlAutoProvision: "on", ghlUserEmailTemplate: "ops+{location}@agency.example" })).toEqual({
      ghlAutoProvision: true,
      ghlUserEmailTemplate: "ops+{location}@agency.example",
    });
    expect(ghlSettingsSchema.parse({ ghlUserEmailTemplate: "a+{location}@b.co" }).ghlAutoProvision).toBe(false);
  });

  it("explains a template without {location} or that is not an e-mail", () => {
    const issues = (template: string) =>
      ghlSettingsSchema.safeParse({ ghlUserEmailTemplate: template }).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues("ops@agency.example")[0]).toContain("Include {location}");
    expect(issues("ops+{location}")[0]).toContain("must be an e-mail address");
  });
});
