import { expect, test } from "@playwright/test";
import { adminPasswords, signIn } from "./support/admin";
import { ghlSandboxControl, sandboxControl } from "./support/sandbox";

const company = { name: "Harbor Coffee", contactEmail: "owner@harbor.test" };

// Provisioning and the token cron run on the embedded workflow runner; the cron ticks every minute.
test.setTimeout(240_000);

test("GoHighLevel: connect, test, provision a company step by step, reveal its password, cron refresh", async ({ page }) => {
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step("the GoHighLevel CRM is offered as a sync target only once connected", async () => {
    await page.goto("/automations/new");
    await page.getByLabel("Type").selectOption("DATA_SYNC");
    await expect(page.getByRole("option", { name: /GoHighLevel CRM/ })).toBeDisabled();
    await expect(page.getByTestId("crm-target-hint")).toHaveText("GoHighLevel CRM is unavailable: Connect GoHighLevel first (Integrations → GoHighLevel).");
  });

  await test.step("connect the agency on the sandbox's consent page", async () => {
    await page.getByRole("link", { name: "GoHighLevel" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "GoHighLevel" })).toBeVisible();
    await expect(page.getByTestId("ghl-state")).toHaveText("Not connected");
    await page.getByRole("button", { name: "Connect GoHighLevel" }).click();
    await expect(page.getByRole("heading", { name: "Authorize app" })).toBeVisible();
    await page.getByTestId("ghl-allow").click();
    await expect(page.getByRole("heading", { level: 1, name: "GoHighLevel is connected" })).toBeVisible();
    await page.getByRole("link", { name: "Back to Integrations → GoHighLevel" }).click();
  });

  await test.step("the status panel shows connected with a live countdown", async () => {
    await expect(page.getByTestId("ghl-state")).toHaveText("Connected");
    const countdown = page.getByTestId("ghl-expires-in");
    await expect(countdown).toHaveText(/^2[0-3]h \d{2}m \d{2}s$/);
    const first = await countdown.textContent();
    await expect(countdown).not.toHaveText(first ?? "");
    await expect(page.getByText(/sbx-ghl-/)).toHaveCount(0);
  });

  await test.step("Test integration: every check passes", async () => {
    await page.getByRole("button", { name: "Test integration" }).click();
    const checks = page.getByTestId("ghl-checks").getByRole("listitem");
    await expect(checks).toHaveCount(4);
    for (const check of await checks.all()) await expect(check).toHaveAttribute("data-outcome", "passed");
  });

  await test.step("create a company and watch its sub-account being provisioned", async () => {
    await page.goto("/companies/new");
    await page.getByLabel("Company name").fill(company.name);
    await page.getByLabel("Contact e-mail").fill(company.contactEmail);
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("heading", { level: 1, name: company.name })).toBeVisible();

    await page.getByRole("button", { name: "Create GHL sub-account" }).click();
    for (const step of ["location", "user", "login", "crm_contact"]) {
      await expect(page.getByTestId(`ghl-step-${step}`)).toHaveAttribute("data-status", "DONE", { timeout: 60_000 });
    }
    await expect(page.getByTestId("ghl-provisioning-status")).toHaveText("Completed");
    const locationId = (await page.getByTestId("ghl-location-id").textContent()) ?? "";
    expect((await ghlSandboxControl.locations()).map((location) => location.id)).toContain(locationId);
  });

  await test.step("reveal the sub-account password on demand", async () => {
    const password = page.getByTestId("ghl-password");
    await expect(password).toHaveText("••••••••••••");
    await page.getByRole("button", { name: "Reveal" }).click();
    await expect(password).toHaveText(/^[A-Za-z0-9!#$%*+\-=?@^_]{24}$/);
    await page.getByRole("button", { name: "Hide" }).click();
    await expect(password).toHaveText("••••••••••••");
  });

  await test.step("a data sync to the GoHighLevel CRM runs for the company", async () => {
    await page.goto("/automations/new");
    await page.getByLabel("Name").fill("Harbor to CRM");
    await page.getByLabel("Type").selectOption("DATA_SYNC");
    await page.getByLabel("Push to").selectOption("ghl_crm");
    await expect(page.getByLabel("Destination", { exact: true })).toHaveCount(0);
    await page.getByLabel("Scope").selectOption({ label: company.name });
    await page.getByRole("button", { name: "Create automation" }).click();
    const row = page.getByTestId("automation-row").filter({ hasText: "Harbor to CRM" });
    await expect(row).toContainText(`to the GoHighLevel CRM · ${company.name}`);
    await page.getByRole("button", { name: "Run now: Harbor to CRM" }).click();
    await expect(page.getByText("Run finished: Synced orders: 0, invoices: 0 new or changed records to the GoHighLevel CRM")).toBeVisible();
  });

  await test.step("past expiry on GoHighLevel's clock, the cron refreshes the token", async () => {
    const refreshesBefore = (await ghlSandboxControl.counters()).refreshes;
    await sandboxControl.advanceClock(86_400 + 60);
    await expect.poll(async () => (await ghlSandboxControl.counters()).refreshes, { timeout: 150_000, intervals: [2_000] }).toBe(
      refreshesBefore + 1,
    );
    await page.goto("/integrations/ghl");
    await expect(page.getByTestId("ghl-state")).toHaveText("Connected");
    await expect(page.getByTestId("ghl-last-error")).toHaveCount(0);
  });
});
