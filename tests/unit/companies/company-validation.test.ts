import { describe, expect, it } from "vitest";
import { companyIdSchema, createCompanySchema, updateCompanySchema } from "@/actions/companies.validation";
import { onboardingSchema } from "@/actions/onboarding.validation";

function fieldErrors(result: { success: boolean; error?: { flatten(): { fieldErrors: Record<string, string[] | undefined> } } }) {
  return result.error?.flatten().fieldErrors ?? {};
}

describe("createCompanySchema", () => {
  it("trims every field and turns blanks into null", () => {
    const parsed = createCompanySchema.parse({
      name: "  Acme Growth  ",
      legalName: "   ",
      contactName: " Ana ",
      contactEmail: " ana@acme.test ",
      phone: "",
      website: "",
      city: "\tPorto\n",
      notes: "",
    });
    expect(parsed).toEqual({
      name: "Acme Growth",
      legalName: null,
      contactName: "Ana",
      contactEmail: "ana@acme.test",
      phone: null,
      website: null,
      addressLine1: null,
      addressLine2: null,
      city: "Porto",
      postalCode: null,
      country: null,
      taxId: null,
      notes: null,
    });
  });

  it("requires a name", () => {
    const result = createCompanySchema.safeParse({ name: "   " });
    expect(fieldErrors(result).name).toEqual(["Enter the company's name."]);
  });

  it("checks the contact e-mail", () => {
    const result = createCompanySchema.safeParse({ name: "Acme", contactEmail: "not an address" });
    expect(fieldErrors(result).contactEmail).toEqual(["Enter a valid e-mail address, like name@company.com."]);
  });

  it("reads a bare domain as an https website and refuses anything but a web address", () => {
    expect(createCompanySchema.parse({ name: "Acme", website: "acme.com/about" }).website).toBe("https://acme.com/about");
    expect(createCompanySchema.parse({ name: "Acme", website: "http://shop.acme.co.uk" }).website).toBe("http://shop.acme.co.uk");
    for (const website of ["javascript:alert(1)", "ftp://acme.com", "acme", "https://local host.com"]) {
      const result = createCompanySchema.safeParse({ name: "Acme", website });
      expect(fieldErrors(result).website, website).toEqual(["Enter a website address, like https://acme.com."]);
    }
  });

  it("accepts usual phone numbers and refuses text", () => {
    expect(createCompanySchema.parse({ name: "Acme", phone: " +44 (20) 7946-0958 " }).phone).toBe("+44 (20) 7946-0958");
    expect(fieldErrors(createCompanySchema.safeParse({ name: "Acme", phone: "call me" })).phone).toHaveLength(1);
  });

  it("limits lengths with a message", () => {
    const result = createCompanySchema.safeParse({ name: "x".repeat(201), notes: "y".repeat(2001) });
    expect(fieldErrors(result)).toMatchObject({ name: ["Use at most 200 characters."], notes: ["Use at most 2000 characters."] });
  });
});

describe("updateCompanySchema and companyIdSchema", () => {
  it("need a well-formed id", () => {
    expect(updateCompanySchema.safeParse({ id: "clx0abc123", name: "Acme" }).success).toBe(true);
    expect(fieldErrors(updateCompanySchema.safeParse({ id: "../etc", name: "Acme" })).id).toEqual([
      "This company link is not valid.",
    ]);
    expect(companyIdSchema.safeParse("").success).toBe(false);
    expect(companyIdSchema.safeParse("a".repeat(65)).success).toBe(false);
  });
});

describe("onboardingSchema", () => {
  const valid = { name: "Sunrise", contactName: "Maria", contactEmail: "maria@sunrise.test", formToken: "t" };

  it("requires a company name, a contact name and a contact e-mail", () => {
    const errors = fieldErrors(onboardingSchema.safeParse({ name: "", contactName: " ", contactEmail: "" }));
    expect(errors).toMatchObject({
      name: ["Enter the company's name."],
      contactName: ["Enter your name."],
      contactEmail: ["Enter your e-mail address."],
    });
  });

  it("passes the honeypot through untouched, defaulting to empty", () => {
    expect(onboardingSchema.parse(valid).website_url).toBe("");
    expect(onboardingSchema.parse({ ...valid, website_url: "spam" }).website_url).toBe("spam");
  });

  it("keeps a short note and refuses a long one", () => {
    expect(onboardingSchema.parse({ ...valid, notes: "  More followers  " }).notes).toBe("More followers");
    expect(fieldErrors(onboardingSchema.safeParse({ ...valid, notes: "z".repeat(1001) })).notes).toEqual([
      "Use at most 1000 characters.",
    ]);
  });
});
