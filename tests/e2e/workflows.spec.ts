import { expect, test } from "@playwright/test";
import { adminPasswords, signIn } from "./support/admin";
import { fampageSandboxControl, sandboxControl } from "./support/sandbox";

test("a status sync runs in the background: the Orders page follows it, the Workflows page shows its steps", async ({ page }) => {
  await fampageSandboxControl.setBalance("5000");
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step("place two orders for a new company", async () => {
    await page.goto("/companies/new");
    await page.getByLabel("Company name").fill("Background Sync Co");
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("heading", { name: "Background Sync Co" })).toBeVisible();
    const companyUrl = page.url();
    for (const handle of ["sync-one", "sync-two"]) {
      await page.goto(companyUrl);
      await page.getByRole("link", { name: "Place order" }).click();
      const followers = page.locator("#order-service option", { hasText: "Followers" }).first();
      await page.getByLabel("Service").selectOption((await followers.getAttribute("value")) ?? "");
      await page.getByLabel("Target link").fill(`https://instagram.com/${handle}`);
      await page.getByLabel("Quantity").fill("1000");
      await page.getByRole("button", { name: "Place order" }).click();
      await expect(page.getByTestId("order-status")).toHaveText("Pending");
    }
  });

  await test.step("an hour later, sync every open order from the Orders page and watch it finish", async () => {
    await sandboxControl.advanceClock(3600);
    await page.goto("/orders");
    await page.getByRole("button", { name: "Sync open orders" }).click();
    const progress = page.getByRole("status").filter({ hasText: /sync/i });
    await expect(progress).toContainText(/Sync queued|Syncing open orders|Last sync finished/);
    // The 5-minute schedule may get to these orders between the clock's advance and the click:
    // then the clicked sync finds nothing left open. Either way the orders move on, and the last
    // sync ends with every open order checked (waited for through the table: the panel may still
    // show an earlier sync's line while the clicked one is under way).
    await expect(page.getByRole("table")).not.toContainText("Pending", { timeout: 30_000 });
    await expect(progress).toContainText(/Last sync finished: (\d+) of \1 checked, \d+ updated/);
  });

  await test.step("the Workflows page lists the run with its steps", async () => {
    await page.getByRole("link", { name: "Workflow runs" }).click();
    await expect(page).toHaveURL(/\/workflows\?function=sync-open-orders$/);
    const runRow = page.getByRole("row").filter({ hasText: "sync-open-orders" }).first();
    await expect(runRow).toContainText("Completed");
    await runRow.getByRole("link").first().click();
    await expect(page.getByRole("heading", { name: "sync-open-orders" })).toBeVisible();
    const steps = page.getByRole("region", { name: "Steps" }).or(page.locator("section", { has: page.getByRole("heading", { name: "Steps" }) }));
    await expect(steps).toContainText("count open orders and escalate interrupted placements");
    await expect(steps).toContainText("sync batch 1");
    await expect(steps).toContainText("finish");
  });
});
