import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { adminPasswords, signIn } from "./support/admin";
import { fampageSandboxControl, sandboxControl } from "./support/sandbox";

const company = { name: "Bluebird Bakery", contactEmail: "owner@bluebird.test" };

test("the agency's daily loop: company, catalog, order, invoice PDF, partial delivery, credit note, e-mail", async ({ page }) => {
  await fampageSandboxControl.setBalance("5000");
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step("create a company", async () => {
    await page.getByRole("link", { name: "Companies" }).first().click();
    await page.getByRole("link", { name: "New company" }).click();
    await page.getByLabel("Company name").fill(company.name);
    await page.getByLabel("Contact e-mail").fill(company.contactEmail);
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("heading", { name: company.name })).toBeVisible();
  });
  const companyUrl = page.url();

  await test.step("sync the panel's service catalog", async () => {
    await page.getByRole("link", { name: "Services" }).first().click();
    await page.getByRole("button", { name: "Sync catalog" }).first().click();
    await expect(page.getByText(/services?: \d+ added/)).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Followers");
  });

  let invoiceNumber = "";
  await test.step("place an order, seeing its cost and invoice amount first", async () => {
    await page.goto(companyUrl);
    await page.getByRole("link", { name: "Place order" }).click();
    await expect(page).toHaveURL(/\/orders\/new/);
    await expect(page.getByRole("combobox", { name: "Company" })).toHaveValue(/.+/);
    const followers = page.locator("#order-service option", { hasText: "Followers" }).first();
    await page.getByLabel("Service").selectOption((await followers.getAttribute("value")) ?? "");
    // A link the sandbox panel delivers only partly.
    await page.getByLabel("Target link").fill("https://instagram.com/bluebird-partial");
    await page.getByLabel("Quantity").fill("1000");
    await expect(page.getByTestId("invoice-amount")).toHaveText(/^\$\d/);
    const shownAmount = await page.getByTestId("invoice-amount").textContent();
    await page.getByRole("button", { name: "Place order" }).click();

    await expect(page.getByTestId("order-placed")).toBeVisible();
    await expect(page.getByTestId("order-status")).toHaveText("Pending");
    await expect(page.getByTestId("order-invoice")).toContainText(shownAmount ?? "");
    invoiceNumber = /INV-\d{4}-\d{5}/.exec((await page.getByTestId("order-placed").textContent()) ?? "")?.[0] ?? "";
    expect(invoiceNumber).not.toBe("");
  });
  const orderUrl = page.url().replace(/\?.*$/, "");

  await test.step("open the invoice and download its PDF", async () => {
    await page.getByTestId("order-invoice").click();
    await expect(page.getByRole("heading", { name: new RegExp(invoiceNumber) })).toBeVisible();
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download PDF" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe(`${invoiceNumber}.pdf`);
    const text = await pdfText(await readFile(await download.path()));
    expect(text).toContain(invoiceNumber);
    expect(text).toContain(company.name);
    expect(text).toContain("instagram.com/bluebird-partial".slice(0, 20));
  });
  const invoiceUrl = page.url();

  await test.step("an hour later the panel reports a partial delivery: a credit note is issued", async () => {
    await sandboxControl.advanceClock(3600);
    await page.goto(orderUrl);
    await page.getByRole("button", { name: "Sync status" }).click();
    await expect(page.getByTestId("order-status")).toHaveText("Partial");
    await expect(page.getByTestId("order-credit-note")).toContainText(/CN-\d{4}-\d{5}/);
    await expect(page.getByTestId("order-timeline")).toContainText("Credit note");
  });

  await test.step("e-mail the invoice; it arrives in the sandbox mailbox with its PDF", async () => {
    await page.goto(invoiceUrl);
    await page.getByRole("button", { name: "E-mail to company contact" }).click();
    await page.getByRole("button", { name: "Send e-mail" }).click();
    await expect(page.getByText(`e-mailed to ${company.contactEmail}`).first()).toBeVisible();
    const [mail] = await sandboxControl.resendEmails({ to: company.contactEmail });
    expect(mail?.subject).toContain(invoiceNumber);
    expect(JSON.stringify(mail)).toContain(`${invoiceNumber}.pdf`);
  });
});

test("an order whose answer is lost is not placed twice when submitted again", async ({ page }) => {
  await fampageSandboxControl.setBalance("5000");
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.goto("/companies/new");
  await page.getByLabel("Company name").fill("Lost Answer Ltd");
  await page.getByRole("button", { name: "Create company" }).click();
  await expect(page.getByRole("heading", { name: "Lost Answer Ltd" })).toBeVisible();
  await page.getByRole("link", { name: "Place order" }).click();
  const followers = page.locator("#order-service option", { hasText: "Followers" }).first();
  await page.getByLabel("Service").selectOption((await followers.getAttribute("value")) ?? "");
  await page.getByLabel("Target link").fill("https://instagram.com/lost-answer");
  await page.getByLabel("Quantity").fill("1000");

  // The server receives and executes the first submit, but its answer never reaches the browser.
  await page.route(
    "**/orders/new**",
    async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      await route.fetch();
      return route.abort("connectionreset");
    },
    { times: 1 },
  );
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByTestId("form-error")).toContainText("answer did not arrive");

  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page).toHaveURL(/\/orders\/[a-z0-9]+$/);
  const panelOrders = (await fampageSandboxControl.orders()).filter((order) => order.target === "https://instagram.com/lost-answer");
  expect(panelOrders).toHaveLength(1);
});
