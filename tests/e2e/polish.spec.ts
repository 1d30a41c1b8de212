import { expect, test } from "@playwright/test";
import { adminPasswords, signIn, signOut } from "./support/admin";

test.describe("security and robustness", () => {
  test("every page carries a nonce CSP and a Permissions-Policy; the favicon exists", async ({ request }) => {
    const login = await request.get("/login", { maxRedirects: 0 });
    const policy = login.headers()["content-security-policy"] ?? "";
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
    expect(login.headers()["permissions-policy"]).toContain("camera=()");
    const again = await request.get("/login", { maxRedirects: 0 });
    expect(again.headers()["content-security-policy"]).not.toBe(policy);

    const favicon = await request.get("/favicon.ico");
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()["permissions-policy"]).toContain("camera=()");
  });

  test("a malformed server-action request gets a 4xx with a clear message, never a 500", async ({ request }) => {
    const post = (data: string | Buffer, contentType = "text/plain;charset=UTF-8") =>
      request.post("/login", { headers: { "next-action": "7f0000000000000000000000000000000000000000", "content-type": contentType }, data });

    const truncated = await post('[{"email": "a');
    expect(truncated.status()).toBe(400);
    expect(await truncated.text()).toContain("not a form submission the console understands");
    expect((await post('[{"email": "\\ud800"}]')).status()).toBe(400);
    expect((await post("[".repeat(5000) + "]".repeat(5000))).status()).toBe(400);
    expect((await post(Buffer.alloc(1024 * 1024 + 10, 0x61))).status()).toBe(413);
    expect((await post("garbage", "multipart/form-data; boundary=nothing")).status()).toBe(400);
  });

  test("logout ends the session on the server: a copy of the old cookie is refused at once", async ({ page, browser }) => {
    await signIn(page, adminPasswords.final);
    await expect(page).toHaveURL(/\/dashboard$/);
    const cookies = await page.context().cookies();
    await signOut(page);

    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    const stolen = await replay.newPage();
    await stolen.goto("/dashboard");
    await expect(stolen).toHaveURL(/\/login/);
    await replay.close();
  });

  test("signing in returns to the page asked for", async ({ page }) => {
    await page.goto("/invoices?status=ISSUED");
    await expect(page).toHaveURL(/\/login\?callbackUrl=/);
    await page.getByLabel("E-mail").fill("ada@agency.test");
    await page.getByLabel("Password").fill(adminPasswords.final);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/invoices\?status=ISSUED$/);
    await expect(page.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
  });
});

test.describe("finding things", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, adminPasswords.final);
    await expect(page).toHaveURL(/\/dashboard$/);
  });

  test("dark mode follows the system and the toggle's choice survives a reload", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);

    await page.emulateMedia({ colorScheme: "light" });
    await page.reload();
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    const toggle = page.getByTestId("theme-toggle");
    await toggle.click(); // system → light
    await toggle.click(); // light → dark
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await expect(page.getByTestId("theme-toggle")).toHaveAttribute("data-theme", "dark");
    await page.getByTestId("theme-toggle").click(); // dark → system (light here)
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
  });

  test("unknown records get a styled not-found page with a heading", async ({ page }) => {
    for (const [path, heading] of [
      ["/orders/no-such-order", "Order not found"],
      ["/invoices/cnosuchinvoice000000000000", "Invoice not found"],
      ["/logs/no-such-entry", "Log entry not found"],
      ["/no-such-page", "Page not found"],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
  });

  test("the Companies page shows the onboarding address to share", async ({ page }) => {
    await page.goto("/companies");
    const card = page.getByTestId("onboarding-link");
    await expect(card.getByRole("link")).toHaveText(/\/onboarding$/);
    await expect(card.getByRole("button", { name: "Copy the onboarding address" })).toBeVisible();
  });

  test("a page number past the end goes to the last page", async ({ page }) => {
    await page.goto("/logs?page=9999");
    // The redirect may arrive after the streamed shell (the portal has a loading state): wait for it.
    await expect(page).not.toHaveURL(/page=9999/);
    await expect(page).toHaveURL(/\/logs\?page=\d+$/);
    expect(Number(new URL(page.url()).searchParams.get("page"))).toBeLessThan(9999);
  });

  test("the agency timezone is set in Settings and used for dates shown", async ({ page }) => {
    await page.goto("/settings");
    const form = page.getByTestId("agency-settings-form");
    await form.getByLabel("Agency timezone").fill("Asia/Tokyo");
    await form.getByRole("button", { name: "Save settings" }).click();
    await expect(form.getByText("Settings saved.")).toBeVisible();
    await page.goto("/logs");
    await expect(page.locator("table time").first()).toContainText("GMT+9");
    await page.goto("/settings");
    await page.getByTestId("agency-settings-form").getByLabel("Agency timezone").fill("UTC");
    await page.getByTestId("agency-settings-form").getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("agency-settings-form").getByText("Settings saved.")).toBeVisible();
  });
});
