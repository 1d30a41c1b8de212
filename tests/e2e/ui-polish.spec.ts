import { expect, type Locator, type Page, test } from "@playwright/test";
import { adminPasswords, signIn } from "./support/admin";
import { fampageSandboxControl } from "./support/sandbox";
import { seedOrderWithInvoice } from "./support/seed-ui";

const LINK = "https://instagram.com/search-and-layout";
const seeded = { orderUrl: "", invoiceNumber: "", panelOrderNumber: 0 };

test.describe.configure({ mode: "serial" });

test.beforeEach(async ({ page }) => {
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);
});

/** Nothing is wider than its box: no horizontal scrolling, nothing cut off. */
async function fitsHorizontally(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.scrollWidth <= element.clientWidth + 1);
}

async function documentFits(page: Page): Promise<boolean> {
  return fitsHorizontally(page.locator("html"));
}

test("an order to search for and to lay out", async ({ page }) => {
  seeded.orderUrl = await seedOrderWithInvoice(page, { company: "Lumen Search Works", link: LINK });
  seeded.invoiceNumber = /INV-\d{4}-\d{5}/.exec((await page.getByTestId("order-placed").textContent()) ?? "")?.[0] ?? "";
  expect(seeded.invoiceNumber).not.toBe("");
  const panelOrder = (await fampageSandboxControl.orders()).find((order) => order.target === LINK);
  expect(panelOrder).toBeDefined();
  seeded.panelOrderNumber = panelOrder!.id;
});

test.describe("global search", () => {
  test("Ctrl-K from any portal page finds companies, orders and invoices, by keyboard", async ({ page }) => {
    await page.goto("/invoices");
    // The shortcut listens once the page has hydrated: a press before that finds no listener.
    // Pressed again only while the search button does not say its dialog is open.
    const searchButton = page.getByTestId("global-search-button");
    await expect(async () => {
      if ((await searchButton.getAttribute("aria-expanded")) !== "true") await page.keyboard.press("Control+k");
      await expect(searchButton).toHaveAttribute("aria-expanded", "true", { timeout: 1_000 });
    }).toPass();
    const dialog = page.getByRole("dialog", { name: "Search the console" });
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole("combobox", { name: "Search companies, orders and invoices" });
    await expect(input).toBeFocused();

    await input.fill("lumen search");
    const listbox = dialog.getByRole("listbox", { name: "Search results" });
    await expect(listbox.getByRole("option")).toHaveCount(1);
    const company = listbox.getByRole("option", { name: /Lumen Search Works/ });
    await expect(company).toHaveAttribute("aria-selected", "true");
    await expect(input).toHaveAttribute("aria-activedescendant", (await company.getAttribute("id")) ?? "");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // The header button opens it too; an order by its panel number, opened with Enter.
    await page.getByTestId("global-search-button").click();
    await input.fill(String(seeded.panelOrderNumber));
    await expect(listbox.getByRole("option", { name: new RegExp(`Order #${seeded.panelOrderNumber}`) })).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(seeded.orderUrl);
    await expect(dialog).toBeHidden();

    // By link, then moving down to the invoice with the arrows.
    await page.keyboard.press("Control+k");
    await input.fill("search-and-layout");
    await expect(listbox.getByRole("option", { name: /Order #/ })).toBeVisible();
    await input.fill(seeded.invoiceNumber.toLowerCase());
    const invoice = listbox.getByRole("option", { name: new RegExp(seeded.invoiceNumber) });
    await expect(invoice).toBeVisible();
    const options = listbox.getByRole("option");
    const invoiceIndex = (await options.evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""))).findIndex((text) => text.includes(seeded.invoiceNumber));
    for (let step = 0; step < invoiceIndex; step++) await page.keyboard.press("ArrowDown");
    await expect(invoice).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/invoices\/[a-z0-9]+$/);
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(seeded.invoiceNumber) })).toBeVisible();

    await page.keyboard.press("Control+k");
    await input.fill("no such thing anywhere");
    await expect(dialog.getByRole("status")).toContainText('Nothing matches "no such thing anywhere"');
  });
});

test.describe("layout", () => {
  test("the orders table reads at 1,440 px: service variant and invoiced column visible, nothing scrolls sideways", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/orders");
    const table = page.getByTestId("orders-table");
    await expect(table).toBeVisible();
    await expect(page.getByTestId("order-cards")).toBeHidden();
    const row = table.getByTestId("order-row").filter({ hasText: "search-and-layout" });
    const service = row.getByTestId("order-service");
    await expect(service).toContainText("[Real, 30 days refill]");
    expect(await fitsHorizontally(service)).toBe(true);
    const invoiced = row.getByTestId("order-invoiced");
    await expect(invoiced).toContainText(/^\$\d/);
    const box = await invoiced.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1440);
    expect(await fitsHorizontally(table.locator("div").first())).toBe(true);
    expect(await documentFits(page)).toBe(true);
    await expect(page.getByTestId("currency-total").first()).toHaveAttribute("data-currency", "USD");
  });

  test("on a phone the orders are cards, and an invoice's lines and total stay on screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/orders");
    await expect(page.getByTestId("orders-table")).toBeHidden();
    const card = page.getByTestId("order-card").filter({ hasText: "search-and-layout" });
    await expect(card).toBeVisible();
    await expect(card).toContainText("[Real, 30 days refill]");
    await expect(card.getByRole("link", { name: /^\$\d/ })).toBeVisible();
    expect(await documentFits(page)).toBe(true);

    await card.getByRole("link", { name: /^\$\d/ }).click();
    await expect(page).toHaveURL(/\/invoices\//);
    const lines = page.getByTestId("invoice-lines");
    await expect(lines).toContainText("search-and-layout");
    const total = page.getByTestId("invoice-total");
    await expect(total).toBeVisible();
    const box = await total.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    expect(await fitsHorizontally(lines.locator("xpath=..").first())).toBe(true);
    expect(await documentFits(page)).toBe(true);
  });
});

test.describe("duplicate companies", () => {
  async function registerOnOnboarding(page: Page, name: string, email: string) {
    await page.goto("/onboarding");
    await page.getByLabel("Company name").fill(name);
    await page.getByLabel("Your name").fill("Piet Pebble");
    await page.getByLabel("Your e-mail").fill(email);
    // The form refuses submissions faster than a person could type them.
    await page.waitForTimeout(2_500);
    await page.getByRole("button", { name: "Register my company" }).click();
    await expect(page).toHaveURL(/\/onboarding\/thanks$/);
  }

  test("registering twice is flagged as a possible duplicate; merge one, keep both with the other", async ({ page, browser }) => {
    const visitor = await browser.newPage();
    await registerOnOnboarding(visitor, "Pebble Pottery", "hello@pebble.test");
    await registerOnOnboarding(visitor, "Pebble Pottery Studio", "Hello@Pebble.test ");
    await visitor.close();

    await page.goto("/companies?q=pebble");
    await expect(page.getByTestId("possible-duplicate-badge")).toHaveCount(2);

    // The console form: the company page it lands on says so at once.
    await page.goto("/companies/new");
    await page.getByLabel("Company name").fill("  pebble pottery ");
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "pebble pottery" })).toBeVisible();
    const card = page.getByTestId("possible-duplicates");
    await expect(card.getByRole("heading", { name: "Possible duplicate" })).toBeVisible();
    const sameName = card.getByTestId("possible-duplicate");
    await expect(sameName).toHaveCount(1);
    await expect(sameName).toContainText("Pebble Pottery");
    await expect(sameName).toContainText("same name");

    await sameName.getByRole("button", { name: "Merge this one into it" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Merge companies" }).click();
    await expect(page.getByTestId("company-merged")).toContainText("Merged into Pebble Pottery");
    await page.getByTestId("company-merged").getByRole("link", { name: "Pebble Pottery" }).click();

    const remaining = page.getByTestId("possible-duplicate").filter({ hasText: "Pebble Pottery Studio" });
    await expect(remaining).toContainText("same contact e-mail");
    await remaining.getByRole("button", { name: "Keep both" }).click();
    await expect(page.getByTestId("possible-duplicates")).toBeHidden();
    await page.goto("/companies?q=pebble");
    await expect(page.getByTestId("possible-duplicate-badge")).toHaveCount(0);
  });
});
