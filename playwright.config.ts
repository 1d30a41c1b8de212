import { defineConfig, devices } from "@playwright/test";

const appPort = Number(process.env.E2E_APP_PORT ?? 3100);
const sandboxPort = Number(process.env.E2E_SANDBOX_PORT ?? 4110);

export const e2eUrls = {
  app: `http://localhost:${appPort}`,
  sandbox: `http://127.0.0.1:${sandboxPort}`,
};

/** Browser tests drive Debian's Chromium (Playwright cannot download its own here). */
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  // Journeys are long and the machines are shared: a minute was not enough under load.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: e2eUrls.app,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The account journey creates the administrator the other journeys sign in as.
  projects: [
    { name: "account", testMatch: "account-journey.spec.ts", use: { ...devices["Desktop Chrome"] } },
    { name: "agency", testMatch: ["agency-journey.spec.ts", "onboarding.spec.ts", "workflows.spec.ts"], dependencies: ["account"], use: { ...devices["Desktop Chrome"] } },
    { name: "ghl", testMatch: "ghl-journey.spec.ts", dependencies: ["account"], use: { ...devices["Desktop Chrome"] } },
    { name: "social", testMatch: "social-journey.spec.ts", dependencies: ["account"], use: { ...devices["Desktop Chrome"] } },
    { name: "automations", testMatch: "automations-journey.spec.ts", dependencies: ["account"], use: { ...devices["Desktop Chrome"] } },
    { name: "polish", testMatch: ["polish.spec.ts", "ui-polish.spec.ts", "accessibility.spec.ts", "without-javascript.spec.ts"], dependencies: ["account"], use: { ...devices["Desktop Chrome"] } },
    { name: "analytics", testMatch: "analytics.spec.ts", dependencies: ["account"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: {
    command: "npx tsx tests/e2e/support/start-stack.ts",
    url: `${e2eUrls.app}/login`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: { E2E_APP_PORT: String(appPort), E2E_SANDBOX_PORT: String(sandboxPort) },
  },
});
