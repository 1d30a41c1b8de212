import { describe, expect, it } from "vitest";
import { loginSchema, registerSchema, resetPasswordSchema } from "@/actions/auth.validation";

const strong = "blue canyon river 42";

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("registerSchema", () => {
  it("normalises the e-mail and accepts matching strong passwords", () => {
    const parsed = registerSchema.parse({
      name: " Ada ",
      email: "  Ada@Agency.com ",
      password: strong,
      confirmPassword: strong,
    });
    expect(parsed).toMatchObject({ name: "Ada", email: "Ada@Agency.com" });
  });

  it("names each field that is wrong, with a message the user can act on", () => {
    const result = registerSchema.safeParse({ name: "", email: "not-an-email", password: "short", confirmPassword: "x" });
    expect(result.success).toBe(false);
    expect(fieldErrors(result)).toMatchObject({
      name: "Enter your name.",
      email: "Enter a valid e-mail address, like name@agency.com.",
      password: "Use at least 12 characters (a few unrelated words work well).",
      confirmPassword: "The two passwords do not match.",
    });
  });
});

describe("loginSchema", () => {
  it("drops redirects to other sites, so sign-in lands on the dashboard", () => {
    for (const redirectTo of ["//evil.example", "https://evil.example", "/\\evil.example"]) {
      expect(loginSchema.parse({ email: "a@b.co", password: "x", redirectTo }).redirectTo).toBeUndefined();
    }
    expect(loginSchema.parse({ email: "a@b.co", password: "x", redirectTo: "/settings" }).redirectTo).toBe("/settings");
  });
});

describe("resetPasswordSchema", () => {
  it("refuses a malformed token before touching the database", () => {
    const result = resetPasswordSchema.safeParse({ token: "abc", newPassword: strong, confirmPassword: strong });
    expect(fieldErrors(result).token).toBe("This reset link is malformed. Open the link from the e-mail again.");
  });
});
