import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { adminPasswords, signIn } from "./support/admin";
import { fampageSandboxControl } from "./support/sandbox";

const company = "Analytics Atelier";

async function placeOrder(page: Page, network: string, serviceName: string, link: string, quantity: string) {
  await page.goto("/orders/new");
  await page.getByLabel("Company").selectOption({ label: company });
  await page.getByLabel("Network").selectOption({ label: network });
  const option = page.locator("#order-service option", { hasText: serviceName }).first();
  await page.getByLabel("Service").selectOption((await option.getAttribute("value")) ?? "");
  await page.getByLabel("Target link").fill(link);
  await page.getByLabel("Quantity").fill(quantity);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
}

async function applyFilters(page: Page, choices: { period?: string; company?: string; network?: string }) {
  if (choices.period) await page.getByLabel("Period", { exact: true }).selectOption({ label: choices.period });
  if (choices.company) await page.getByLabel("Company", { exact: true }).selectOption({ label: choices.company });
  if (choices.network) await page.getByLabel("Network", { exact: true }).selectOption({ label: choices.network });
  await page.getByRole("button", { name: "Apply" }).click();
}

test("analytics: period and filters in the URL, KPIs and charts follow, table view and CSV match", async ({ page }) => {
  await fampageSandboxControl.setBalance("5000");
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step("seed a small history: a company and two orders on two networks", async () => {
    await page.goto("/companies/new");
    await page.getByLabel("Company name").fill(company);
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("heading", { name: company })).toBeVisible();
    await page.goto("/services");
    await page.getByRole("button", { name: "Sync catalog" }).first().click();
    await expect(page.getByText(/services?: \d+/)).toBeVisible();
    await placeOrder(page, "Instagram", "Instagram Likes [Instant]", "https://www.instagram.com/atelier/?utm_source=ad", "1000");
    await placeOrder(page, "TikTok", "TikTok Likes", "https://tiktok.com/@atelier", "1000");
  });

  await test.step("the company's figures for today", async () => {
    await page.getByRole("link", { name: "Analytics" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Analytics" })).toBeVisible();
    await applyFilters(page, { period: "Today", company });
    await expect(page).toHaveURL(/period=today/);
    await expect(page).toHaveURL(/companyId=/);
    await expect(page.getByTestId("kpi-orders-value")).toHaveText("2");
    await expect(page.getByTestId("kpi-revenue-value")).toHaveText(/^\$\d/);
    await expect(page.getByTestId("chart-top-services").locator(".recharts-surface")).toBeVisible();
  });

  await test.step("a network filter changes the KPIs and the charts", async () => {
    const allRevenue = await page.getByTestId("kpi-revenue-value").textContent();
    await applyFilters(page, { network: "TikTok" });
    await expect(page).toHaveURL(/network=TIKTOK/);
    await expect(page.getByTestId("kpi-orders-value")).toHaveText("1");
    await expect(page.getByTestId("kpi-revenue-value")).not.toHaveText(allRevenue ?? "");
    const services = page.getByTestId("chart-top-services");
    await services.getByText("Table view").click();
    await expect(services.getByRole("table")).toContainText("TikTok Likes");
    await expect(services.getByRole("table")).not.toContainText("Instagram Likes");
  });

  await test.step("the CSV holds exactly the rows the chart shows", async () => {
    const services = page.getByTestId("chart-top-services");
    const downloadPromise = page.waitForEvent("download");
    await services.getByRole("link", { name: /CSV/ }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^top-services-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe("service,network,orders,revenue,provider_cost,profit,currency");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^#\d+ TikTok Likes,TikTok,1,\d+\.\d{2},\d+\.\d{2},-?\d+\.\d{2},USD$/);
  });

  await test.step("last month had no orders: the KPIs and charts say so", async () => {
    await applyFilters(page, { period: "Last month" });
    await expect(page.getByTestId("kpi-orders-value")).toHaveText("0");
    await expect(page.getByTestId("chart-over-time")).toContainText("No placed orders in this period.");
  });

  await test.step("target link analytics finds the order however the link is written", async () => {
    await page.getByRole("link", { name: "Target link analytics" }).click();
    await page.getByLabel("Link, or part of one").fill("http://instagram.com/atelier");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("link-totals")).toContainText("Placed orders1");
    await expect(page.getByTestId("orders-profit")).toContainText(company);
  });
});
