import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { adminPasswords, signIn } from "./support/admin";
import { seedOrderWithInvoice } from "./support/seed-ui";

/** Public pages (no session): sign-in pages, onboarding, the client-facing OAuth and deletion pages, a 404. */
const PUBLIC_PAGES = [
  "/login",
  "/register",
  "/forgot-password",
  "/reset-password?token=unknown",
  "/onboarding",
  "/onboarding/thanks",
  "/oauth/problem",
  "/reconnect/done",
  "/reconnect/no-such-link",
  "/data-deletion/no-such-code",
  "/no-such-page",
];

/** Every portal page without an id in its path. */
const PORTAL_PAGES = [
  "/dashboard",
  "/companies",
  "/companies/new",
  "/orders",
  "/orders/new",
  "/invoices",
  "/services",
  "/analytics",
  "/analytics/links",
  "/automations",
  "/automations/new",
  "/automations/runs",
  "/connections",
  "/integrations/ghl",
  "/logs",
  "/settings",
  "/settings/destinations",
  "/webhooks",
  "/workflows",
];

/** List pages whose first row links to a detail page (companies/[id], orders/[id], ...), and those pages' tabs. */
const DETAIL_LINKS: [list: string, detail: RegExp][] = [
  ["/companies", /^\/companies\/[^/?]+$/],
  ["/orders", /^\/orders\/[^/?]+$/],
  ["/invoices", /^\/invoices\/[^/?]+$/],
  ["/logs", /^\/logs\/[^/?]+$/],
  ["/workflows", /^\/workflows\/[^/?]+$/],
];

async function firstDetailLink(page: Page, pattern: RegExp): Promise<string | undefined> {
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href) && !href.endsWith("/new"));
}

async function detailPages(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const [list, pattern] of DETAIL_LINKS) {
    await page.goto(list);
    // Waits for the rows: a link read before they streamed in would not be there yet.
    await expect.poll(() => firstDetailLink(page, pattern), { message: `a detail link on ${list}` }).toBeDefined();
    found.push((await firstDetailLink(page, pattern))!);
  }
  const company = found[0]!;
  return [...found, `${company}/edit`, `${company}/social`];
}

type Finding = { path: string; scheme: string; problem: string };

/** Serious and critical axe violations (WCAG 2.1 A/AA) and the level-one heading, on the page as it is now. */
async function audit(page: Page, path: string, scheme: "light" | "dark"): Promise<Finding[]> {
  await page.emulateMedia({ colorScheme: scheme });
  // The theme follows the system while no choice is stored.
  await expect(page.locator("html")).toHaveClass(scheme === "dark" ? /\bdark\b/ : /^(?!.*\bdark\b)/);
  const findings: Finding[] = [];
  const headings = await page.locator("h1").count();
  if (headings !== 1) findings.push({ path, scheme, problem: `${headings} level-one headings` });
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  for (const violation of violations) {
    if (violation.impact !== "serious" && violation.impact !== "critical") continue;
    const targets = violation.nodes.slice(0, 3).map((node) => `${node.target.join(" ")} (${node.failureSummary?.split("\n")[1]?.trim() ?? ""})`);
    findings.push({ path, scheme, problem: `${violation.id}: ${targets.join("; ")}` });
  }
  return findings;
}

/** Each page once, audited in light then dark mode. */
async function auditAll(page: Page, paths: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const path of paths) {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    // Past the streamed loading state: the page's own heading is there.
    await expect(page.locator("h1").first()).toBeVisible();
    findings.push(...(await audit(page, path, "light")), ...(await audit(page, path, "dark")));
  }
  return findings;
}

test.describe("accessibility: 0 serious axe violations and one h1, light and dark", () => {
  test("every public page", async ({ page }) => {
    expect(await auditAll(page, PUBLIC_PAGES)).toEqual([]);
  });

  test.describe("portal", () => {
    // Dozens of pages, each audited twice, on a shared machine.
    test.describe.configure({ timeout: 600_000 });

    test.beforeEach(async ({ page }) => {
      await signIn(page, adminPasswords.final);
      await expect(page).toHaveURL(/\/dashboard$/);
    });

    // In parts, so each stays well inside its time on a loaded machine.
    const PARTS = 3;
    for (let part = 0; part < PARTS; part++) {
      const paths = PORTAL_PAGES.filter((_, index) => index % PARTS === part);
      test(`portal pages without an id (${paths.join(", ")})`, async ({ page }) => {
        expect(await auditAll(page, paths)).toEqual([]);
      });
    }

    test("every detail page: company and its tabs, order, invoice, log entry, workflow run", async ({ page }) => {
      await seedOrderWithInvoice(page, { company: "Axe Audit Co", link: "https://instagram.com/axe-audit" });
      expect(await auditAll(page, await detailPages(page))).toEqual([]);
    });
  });
});
