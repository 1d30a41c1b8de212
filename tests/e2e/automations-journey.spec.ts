import { expect, test } from "@playwright/test";
import { e2eUrls } from "../../playwright.config";
import { adminPasswords, signIn } from "./support/admin";
import { fampageSandboxControl, webhookReceiverControl } from "./support/sandbox";

const TELEGRAM_CHAT = "-1009876543210";
const RECEIVER_ENDPOINT = "agency-crm";

test("automations: destinations, a daily report and a low-balance alert, delivered, in the history and the bell", async ({ page }) => {
  test.setTimeout(120_000);
  await fampageSandboxControl.setBalance("5000");
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step("add a Telegram destination and send it a test", async () => {
    await page.getByRole("link", { name: "Destinations" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Destinations" })).toBeVisible();
    await page.getByLabel("Type").selectOption("TELEGRAM");
    await page.getByLabel("Name").fill("Ops chat");
    await page.getByLabel("Chat id").fill(TELEGRAM_CHAT);
    await page.getByRole("button", { name: "Add destination" }).click();
    await expect(page.getByTestId("form-success")).toContainText('"Ops chat" added');
    await page.getByRole("button", { name: "Send test to Ops chat" }).click();
    await expect(page.getByText(/Test delivered: 1 Telegram message sent/)).toBeVisible();
  });

  await test.step("add a webhook destination, keep its secret, send it a signed test", async () => {
    await page.getByLabel("Type").selectOption("WEBHOOK");
    await page.getByLabel("Name").fill("Agency CRM hook");
    await page.getByLabel("Webhook URL").fill(webhookReceiverControl.endpointUrl(RECEIVER_ENDPOINT));
    await page.getByRole("button", { name: "Add destination" }).click();
    const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^whsec_/);
    await webhookReceiverControl.registerSecret(RECEIVER_ENDPOINT, secret);
    await page.getByRole("button", { name: "Send test to Agency CRM hook" }).click();
    await expect(page.getByText(/Test delivered: Webhook delivered \(HTTP 200\)/)).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("webhook-secret")).toHaveCount(0);
  });

  await test.step("create a daily report with the friendly schedule editor", async () => {
    await page.getByRole("link", { name: "Automations" }).first().click();
    await page.getByRole("link", { name: "New automation" }).click();
    await page.getByLabel("Name").fill("Daily report");
    await page.getByLabel("Destination", { exact: true }).selectOption({ label: "Agency CRM hook (webhook)" });
    await page.getByLabel("Runs").selectOption("daily");
    await page.getByLabel("At", { exact: true }).fill("09:00");
    await expect(page.getByTestId("schedule-preview")).toContainText("Runs every day at 09:00 (UTC)");
    await expect(page.getByTestId("schedule-preview")).toContainText(/Next: .+ · .+ · .+/);
    await page.getByRole("button", { name: "Create automation" }).click();
    await expect(page).toHaveURL(/\/automations$/);
    await expect(page.getByTestId("automation-row").filter({ hasText: "Daily report" })).toContainText("every day at 09:00 (UTC)");
  });

  await test.step("create a low-balance alert to Telegram", async () => {
    await page.getByRole("link", { name: "New automation" }).click();
    await page.getByLabel("Name").fill("Low balance alert");
    await page.getByLabel("Type").selectOption("ALERT");
    await page.getByLabel("Destination", { exact: true }).selectOption({ label: "Ops chat (telegram)" });
    await page.getByLabel("Low panel balance").check();
    await page.getByLabel("Runs").selectOption("custom");
    await page.getByLabel("Cron expression").fill("*/5 * * * *");
    await expect(page.getByTestId("schedule-preview")).toContainText('custom schedule "*/5 * * * *"');
    await page.getByRole("button", { name: "Create automation" }).click();
    await expect(page.getByTestId("automation-row").filter({ hasText: "Low balance alert" })).toBeVisible();
  });

  await test.step("lower the panel balance and run the alert and the report", async () => {
    await fampageSandboxControl.setBalance("3.20");
    await page.getByRole("button", { name: "Run now: Low balance alert" }).click();
    await expect(page.getByText(/Run finished: Checked conditions/)).toBeVisible();
    await page.getByRole("button", { name: "Run now: Daily report" }).click();
    await expect(page.getByText(/Run finished: Report: Webhook delivered/)).toBeVisible();
  });

  await test.step("the sandbox's Telegram log shows the alert, the receiver the signed POSTs", async () => {
    const sandboxPage = await page.context().newPage();
    await sandboxPage.goto(`${e2eUrls.sandbox}/telegram/messages`);
    await expect(sandboxPage.getByTestId("telegram-message").filter({ hasText: "Panel balance is low" })).toHaveCount(1);
    await expect(sandboxPage.getByTestId("telegram-message").filter({ hasText: "$3.20" })).toBeVisible();
    await sandboxPage.goto(`${e2eUrls.sandbox}/webhook/deliveries`);
    const report = sandboxPage.getByTestId("webhook-delivery").filter({ hasText: "report.daily" });
    await expect(report).toHaveCount(1);
    await expect(report.getByTestId("webhook-verdict")).toHaveText("signature valid");
    await expect(sandboxPage.getByTestId("webhook-verdict").filter({ hasNotText: "signature valid" })).toHaveCount(0);
    await sandboxPage.close();
  });

  await test.step("both runs are in the history, with counts on the automations", async () => {
    await page.getByRole("link", { name: "Run history" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Run history" })).toBeVisible();
    await expect(page.getByTestId("run-row").filter({ hasText: "Daily report" }).filter({ hasText: "Succeeded" })).toHaveCount(1);
    await expect(page.getByTestId("run-row").filter({ hasText: "Low balance alert" }).filter({ hasText: "Succeeded" }).first()).toBeVisible();
    await page.getByLabel("Status").selectOption("FAILED");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page.getByText("No runs match")).toBeVisible();
  });

  await test.step("the bell shows the alert as unread until marked read", async () => {
    const bell = page.getByTestId("notification-bell");
    await expect(page.getByTestId("unread-count")).toHaveText(/^[1-9]/);
    await bell.click();
    await expect(page.getByTestId("notification").filter({ hasText: "Panel balance is low" })).toBeVisible();
    await page.getByRole("button", { name: "Mark all read" }).click();
    await expect(page.getByTestId("unread-count")).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(bell).toHaveAccessibleName("Notifications, none unread");
  });
});
