import { expect, test } from "@playwright/test";
import { admin, adminPasswords } from "./support/admin";

/**
 * Before JavaScript loads (or when it never does), every form still posts to its server
 * action: the answer comes back in the page, and nothing typed ever lands in the address.
 */
test.describe("forms without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sign in, create a company, save settings, ask for a password reset: answers in the page, nothing in the URL", async ({ page }) => {
    await test.step("a wrong password is answered in the page; the right one signs in", async () => {
      await page.goto("/login");
      await page.getByLabel("E-mail").fill(admin.email);
      await page.getByLabel("Password").fill("not the password at all");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("form-error")).toContainText("e-mail address or password is not correct");
      expect(new URL(page.url()).search).toBe("");

      await page.getByLabel("E-mail").fill(admin.email);
      await page.getByLabel("Password").fill(adminPasswords.final);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/dashboard$/);
    });

    await test.step("a company: a missing name is refused with the field's message, then created", async () => {
      await page.goto("/companies/new");
      await page.getByRole("button", { name: "Create company" }).click();
      await expect(page.getByText("Enter the company's name", { exact: false })).toBeVisible();
      await page.getByLabel("Company name").fill("No Script Co");
      await page.getByRole("button", { name: "Create company" }).click();
      await expect(page.getByRole("heading", { name: "No Script Co" })).toBeVisible();
      expect(page.url()).not.toContain("name=");
    });

    await test.step("settings are saved and say so", async () => {
      await page.goto("/settings");
      const settings = page.getByTestId("agency-settings-form");
      await settings.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByTestId("form-success")).toContainText("Settings saved");
    });

    await test.step("a password reset request gets its confirmation", async () => {
      await page.context().clearCookies();
      await page.goto("/forgot-password");
      await page.getByLabel("E-mail").fill(admin.email);
      await page.getByRole("button", { name: "Send reset link" }).click();
      await expect(page.getByTestId("form-success")).toBeVisible();
      expect(page.url()).not.toContain("ada");
    });
  });
});
