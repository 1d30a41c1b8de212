import { expect, test } from "@playwright/test";
import { admin } from "./support/admin";
import { sandboxControl } from "./support/sandbox";

test("a client company registers itself on the public onboarding page", async ({ page }) => {
  await page.goto("/onboarding");
  await page.getByLabel("Company name").fill("Harbor Yoga Studio");
  await page.getByLabel("Your name").fill("Mia Harbor");
  await page.getByLabel("Your e-mail").fill("mia@harboryoga.test");
  await page.getByLabel("What do you need? (optional)").fill("More Instagram followers for our new studio.");
  // The form refuses submissions faster than a person could type them.
  await page.waitForTimeout(2_500);
  await page.getByRole("button", { name: "Register my company" }).click();

  await expect(page).toHaveURL(/\/onboarding\/thanks$/);
  await expect(async () => {
    const mails = await sandboxControl.resendEmails({ to: admin.email });
    expect(mails.some((mail) => mail.subject.includes("Harbor Yoga Studio"))).toBe(true);
  }).toPass({ timeout: 15_000 });
});
