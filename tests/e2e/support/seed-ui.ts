import { expect, type Page } from "@playwright/test";
import { fampageSandboxControl } from "./sandbox";

/**
 * Through the console as the administrator would: a company, the panel's catalog, and one
 * placed (and so invoiced) order for a service with a variant in its name. Returns the order page's URL.
 */
export async function seedOrderWithInvoice(page: Page, { company, link }: { company: string; link: string }): Promise<string> {
  await fampageSandboxControl.setBalance("5000");
  await page.goto("/services");
  await page.getByRole("button", { name: "Sync catalog" }).first().click();
  await expect(page.getByRole("table")).toContainText("Followers");

  await page.goto("/companies/new");
  await page.getByLabel("Company name").fill(company);
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByRole("heading", { level: 1, name: company })).toBeVisible();
  await page.getByRole("link", { name: "Place order" }).click();
  const variant = page.locator("#order-service option", { hasText: "[Real, 30 days refill]" }).first();
  await page.getByLabel("Service").selectOption((await variant.getAttribute("value")) ?? "");
  await page.getByLabel("Target link").fill(link);
  await page.getByLabel("Quantity").fill("1000");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("order-placed")).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}
