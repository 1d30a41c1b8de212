import { beforeEach } from "vitest";
import { db } from "@/lib/db";
import { completeGhlConnect, startGhlConnect } from "@/lib/ghl/oauth-connect";
import { approveSandboxConsent } from "../../../sandbox/providers/ghl/consent-flow";
import { createGhlSandboxControl, type GhlSandboxControl } from "../../../sandbox/providers/ghl/control-client";
import { createSandboxControl, type SandboxControl } from "../../../sandbox/testing/sandbox-control";

export const TEST_ADMIN_ID = "admin-under-test";

export type GhlTestContext = { sandboxUrl: string; control: SandboxControl; ghlControl: GhlSandboxControl };

/** Resets the file's sandbox and forgets the stored connection before each test. */
export function setUpGhlTests(): GhlTestContext {
  const sandboxUrl = process.env.SANDBOX_URL ?? "";
  const context = { sandboxUrl, control: createSandboxControl(sandboxUrl), ghlControl: createGhlSandboxControl(sandboxUrl) };
  beforeEach(async () => {
    await context.control.reset();
    await db.ghlConnection.deleteMany();
    await db.alert.deleteMany();
  });
  return context;
}

/** The admin installs the app on the sandbox's consent page; the callback stores the connection. */
export async function connectSandboxAgency(): Promise<void> {
  const started = await startGhlConnect(TEST_ADMIN_ID);
  const callback = await approveSandboxConsent(started.authorizationUrl);
  const outcome = await completeGhlConnect({
    state: callback.searchParams.get("state") ?? undefined,
    code: callback.searchParams.get("code") ?? undefined,
    error: undefined,
    browserSecret: started.browserSecret,
    userId: TEST_ADMIN_ID,
  });
  if (!outcome.ok) throw new Error(`Connecting the sandbox agency failed: ${outcome.failure}`);
}

/** Makes our stored access token look expired (GoHighLevel still accepts it). */
export async function expireStoredToken(): Promise<void> {
  await db.ghlConnection.update({ where: { id: "agency" }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });
}
