import { expect, type Locator, type Page, test } from "@playwright/test";
import { adminPasswords, signIn } from "./support/admin";
import { sandboxControl } from "./support/sandbox";
import { tiktokSandboxControl } from "./support/social-sandbox";

const company = { name: "Sunrise Social Club", contactEmail: "owner@sunrise-social.test" };
const NOVA = "-000sandboxCreatorNova";

function accountCard(page: Page, name: string): Locator {
  return page.locator(`[data-testid="social-account"][data-account-name="${name}"]`);
}

/** Reloads until the account card shows the text: background workflows change it, not the browser. */
async function expectAfterReload(page: Page, name: string, testId: string, text: string | RegExp, timeoutMs: number) {
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await accountCard(page, name).getByTestId(testId).textContent()) ?? "";
      },
      { timeout: timeoutMs, intervals: [3_000] },
    )
    .toMatch(text);
}

test("social accounts: connect Facebook Pages and TikTok, scheduled refresh, revocation, client reconnect link", async ({ page, browser }) => {
  test.setTimeout(300_000);
  // The first TikTok token lives 2 h + 45 s, so the scheduled refresh (due 2 h before expiry) comes within a minute or two.
  await tiktokSandboxControl.setAccessTokenLifetime(2 * 3600 + 45);
  await signIn(page, adminPasswords.final);
  await expect(page).toHaveURL(/\/dashboard$/);

  await test.step("create a company and open its Social accounts tab", async () => {
    await page.goto("/companies/new");
    await page.getByLabel("Company name").fill(company.name);
    await page.getByLabel("Contact e-mail").fill(company.contactEmail);
    await page.getByRole("button", { name: "Create company" }).click();
    await expect(page.getByRole("heading", { name: company.name })).toBeVisible();
    await page.getByRole("link", { name: "Social accounts" }).click();
    await expect(page.getByRole("heading", { name: /Social accounts/ })).toBeVisible();
  });

  await test.step("connect Facebook on the consent page and keep two Pages with their Instagram accounts", async () => {
    await page.getByRole("button", { name: "Connect Facebook & Instagram" }).click();
    await expect(page.getByTestId("facebook-consent-form")).toBeVisible();
    await page.getByTestId("facebook-consent-continue").click();

    await expect(page.getByRole("heading", { name: "Choose Facebook Pages" })).toBeVisible();
    await expect(page.getByText("No Instagram professional account linked to this Page")).toBeVisible();
    await page.getByLabel("Facebook Page Sunrise Bakery").check();
    await page.getByLabel("Facebook Page Harbor Fitness").check();
    await page.getByLabel(/Instagram @sunrise\.bakery/).check();
    await page.getByLabel(/Instagram @harborfitness/).check();
    await page.getByRole("button", { name: "Keep the ticked accounts" }).click();

    await expect(page).toHaveURL(/\/companies\/[^/]+\/social$/);
    await expect(page.getByTestId("social-account")).toHaveCount(4);
    await expect(accountCard(page, "Sunrise Bakery").first()).toBeVisible();
    await expect(page.getByText("@sunrise.bakery")).toBeVisible();
    await expect(page.getByText("@harborfitness")).toBeVisible();
  });

  await test.step("connect TikTok", async () => {
    await page.getByRole("button", { name: "Connect TikTok" }).click();
    await page.locator(`[data-testid="tiktok-approve"][data-open-id="${NOVA}"]`).click();
    await expect(accountCard(page, "Nova Bakes")).toBeVisible();
    await expect(accountCard(page, "Nova Bakes").getByTestId("social-token-expiry")).toHaveText("expires in 2 hours");
    await expect(accountCard(page, "Nova Bakes").getByTestId("social-status")).toHaveText("Connected");
  });

  await test.step("advance the sandbox clock: the scheduled refresh renews the token and the countdown moves", async () => {
    await tiktokSandboxControl.setAccessTokenLifetime(24 * 3600);
    // At TikTok the first access token is now past its end; only a refresh brings the account back.
    await sandboxControl.advanceClock(2 * 3600 + 60);
    await expectAfterReload(page, "Nova Bakes", "social-token-expiry", /expires in 2[23] hours/, 180_000);
    await expect(accountCard(page, "Nova Bakes").getByTestId("social-last-refresh")).toContainText("(1 refresh)");
  });

  await test.step("revoke the authorization at TikTok: validation shows 'needs reconnect' and the alert", async () => {
    await tiktokSandboxControl.revoke({ openId: NOVA });
    await accountCard(page, "Nova Bakes").getByRole("button", { name: "Validate" }).click();
    await expect(page.getByText(/needs reconnecting/).first()).toBeVisible();
    await page.reload();
    const nova = accountCard(page, "Nova Bakes");
    await expect(nova.getByTestId("social-status")).toHaveText("Needs reconnect");
    await expect(nova.getByTestId("social-alert")).toHaveText("Alert: TikTok Nova Bakes needs reconnecting");
    await expect(nova.getByTestId("social-last-error")).toContainText("access_token_invalid");
  });

  let reconnectLink = "";
  await test.step("send the client a reconnect link by e-mail", async () => {
    await accountCard(page, "Nova Bakes").getByRole("button", { name: "Send client reconnect link" }).click();
    await expect(page.getByText(`A reconnect link is on its way to ${company.contactEmail}.`)).toBeVisible();
    await expect
      .poll(
        async () => {
          const [mail] = await sandboxControl.resendEmails({ to: company.contactEmail });
          return mail?.links.find((link) => link.includes("/reconnect/")) ?? "";
        },
        { timeout: 60_000 },
      )
      .toContain("/reconnect/");
    const [mail] = await sandboxControl.resendEmails({ to: company.contactEmail });
    reconnectLink = mail?.links.find((link) => link.includes("/reconnect/")) ?? "";
  });

  await test.step("the client, with no session, reconnects on the branded page", async () => {
    const clientContext = await browser.newContext();
    const clientPage = await clientContext.newPage();
    await clientPage.goto(reconnectLink);
    await expect(clientPage.getByRole("heading", { name: "Reconnect Nova Bakes" })).toBeVisible();
    await clientPage.getByRole("button", { name: "Reconnect with TikTok" }).click();
    await clientPage.locator(`[data-testid="tiktok-approve"][data-open-id="${NOVA}"]`).click();
    await expect(clientPage.getByTestId("reconnect-done")).toBeVisible();
    // The link worked once.
    await clientPage.goto(reconnectLink);
    await expect(clientPage.getByTestId("reconnect-invalid")).toBeVisible();
    await clientContext.close();

    await page.reload();
    const nova = accountCard(page, "Nova Bakes");
    await expect(nova.getByTestId("social-status")).toHaveText("Connected");
    await expect(nova.getByTestId("social-alert")).toHaveCount(0);
  });

  await test.step("the Connections page lists every account of every company", async () => {
    await page.getByRole("link", { name: "Connections" }).first().click();
    await expect(page.getByRole("heading", { name: "Connections" })).toBeVisible();
    await expect(page.getByTestId("social-account")).toHaveCount(5);
  });
});
