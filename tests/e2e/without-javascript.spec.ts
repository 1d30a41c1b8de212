import { expect, test } from "@playwright/test";
import { admin, adminPasswords } from "./support/admin";

/**
 * Before the app's JavaScript loads (or when it never does: a slow network, a blocked dev
 * asset), every form still posts to its server action: the answer comes back in the page,
 * and nothing typed ever lands in the address. The page's own inline scripts still run, as
 * they do then; the bundles that would hydrate it never arrive.
 */
test.describe("forms before JavaScript loads", () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, (route) => route.abort());
  });

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

    await test.step("a destination, then a daily report to it: the form's every field is posted, the list shows it", async () => {
      await page.goto("/settings/destinations");
      await page.getByLabel("Name").fill("No script chat");
      await page.getByLabel("Chat id").fill("@no_script_ops");
      await page.getByRole("button", { name: "Add destination" }).click();
      await expect(page.getByTestId("form-success")).toContainText('"No script chat" added');

      await page.goto("/automations/new");
      await page.getByRole("button", { name: "Create automation" }).click();
      await expect(page.getByText("Give the automation a name.")).toBeVisible();
      await page.getByLabel("Name").fill("No script report");
      await page.getByLabel("Destination", { exact: true }).selectOption({ label: "No script chat (telegram)" });
      await page.getByLabel("Summary of").selectOption("weekly");
      await page.getByRole("button", { name: "Create automation" }).click();
      await expect(page).toHaveURL(/\/automations$/);
      await expect(page.getByRole("row").filter({ hasText: "No script report" })).toContainText("No script chat");
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
