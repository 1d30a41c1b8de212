import { expect, test } from "@playwright/test";
import { e2eUrls } from "../../playwright.config";
import { admin, adminPasswords as passwords, signIn, signOut } from "./support/admin";

test("the administrator's account journey, from first registration to a password reset by e-mail", async ({ page }) => {
  await test.step("the first visit asks to create the administrator", async () => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/register$/);
    await page.getByLabel("Your name").fill(admin.name);
    await page.getByLabel("E-mail").fill(admin.email);
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByLabel("Repeat the password").fill("different");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("password-errors")).toContainText("Use at least 12 characters");
    await expect(page.getByTestId("confirmPassword-errors")).toContainText("The two passwords do not match.");

    await page.getByLabel("Password", { exact: true }).fill(passwords.first);
    await page.getByLabel("Repeat the password").fill(passwords.first);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { name: `Welcome, ${admin.name}` })).toBeVisible();
  });

  await test.step("sign out; registration is now closed", async () => {
    await signOut(page);
    await page.goto("/register");
    await expect(page.getByTestId("registration-closed")).toBeVisible();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });

  await test.step("a wrong password is refused with a clear message", async () => {
    await signIn(page, "not the password");
    await expect(page.getByTestId("form-error")).toHaveText("The e-mail address or password is not correct.");
  });

  await test.step("sign in and change the password", async () => {
    await signIn(page, passwords.first);
    await expect(page).toHaveURL(/\/dashboard$/);
    await page.getByRole("link", { name: "Settings" }).first().click();
    await page.getByLabel("Current password").fill(passwords.first);
    await page.getByLabel("New password", { exact: true }).fill(passwords.changed);
    await page.getByLabel("Repeat the new password").fill(passwords.changed);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByTestId("password-changed")).toContainText("Password changed");
    // This session was re-issued: it still works after the change.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
    await signOut(page);
  });

  await test.step("forgot password: the reset link arrives in the sandbox mailbox", async () => {
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    // The sign-in page has an "E-mail" field too: fill the one on the page the link leads to.
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("E-mail").fill(admin.email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByTestId("form-success")).toContainText("If an account uses this address");

    await expect(async () => {
      await page.goto(`${e2eUrls.sandbox}/resend/mailbox`);
      await expect(page.getByText("Reset your Social Scale password").first()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    // Opening it is a navigation: on a loaded machine it takes longer than the mailbox's poll.
    await page.getByText("Reset your Social Scale password").first().click();
    await page.getByTestId("mail-link").filter({ hasText: "/reset-password" }).first().click();
    await expect(page).toHaveURL(/\/reset-password\?token=/);
  });

  await test.step("reset the password, then sign in with the new one only", async () => {
    await page.getByLabel("New password", { exact: true }).fill(passwords.final);
    await page.getByLabel("Repeat the new password").fill(passwords.final);
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page).toHaveURL(/\/login\?reset=done$/);
    await expect(page.getByText("Your password was changed.")).toBeVisible();

    await signIn(page, passwords.changed);
    await expect(page.getByTestId("form-error")).toBeVisible();
    await signIn(page, passwords.final);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  await test.step("on a phone, the navigation lives behind the menu button", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await page.getByRole("button", { name: "Open menu" }).click();
    await page.getByRole("dialog").getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
  });
});
