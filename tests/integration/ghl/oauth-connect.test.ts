import { describe, expect, it } from "vitest";
import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { type CallbackInput, completeGhlConnect, disconnectGhl, startGhlConnect } from "@/lib/ghl/oauth-connect";
import { getGhlConnectionStatus } from "@/lib/ghl/connection-status";
import { TEST_ADMIN_ID, setUpGhlTests } from "./ghl-fixtures";

const { control } = setUpGhlTests();

/** Plays the admin on the sandbox chooser: `choice` is the allow link's extra query (or "deny"). */
async function consent(authorizationUrl: string, choice: Record<string, string> | "deny" = {}): Promise<URL> {
  const url = new URL(authorizationUrl);
  url.pathname += choice === "deny" ? "/deny" : "/allow";
  if (choice !== "deny") for (const [name, value] of Object.entries(choice)) url.searchParams.set(name, value);
  const response = await fetch(url, { redirect: "manual" });
  return new URL(response.headers.get("location") ?? "");
}

async function callbackInput(choice: Record<string, string> | "deny" = {}): Promise<CallbackInput> {
  const started = await startGhlConnect(TEST_ADMIN_ID);
  const callback = await consent(started.authorizationUrl, choice);
  return {
    state: callback.searchParams.get("state") ?? undefined,
    code: callback.searchParams.get("code") ?? undefined,
    error: callback.searchParams.get("error") ?? undefined,
    browserSecret: started.browserSecret,
    userId: TEST_ADMIN_ID,
  };
}

describe("connecting the agency", () => {
  it("stores the agency tokens sealed with its company id, scopes and expiry", async () => {
    const outcome = await completeGhlConnect(await callbackInput());

    expect(outcome).toEqual({ ok: true, ghlCompanyId: "sbxAgencyCompany0001" });
    const stored = await db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } });
    expect(stored).toMatchObject({ ghlCompanyId: "sbxAgencyCompany0001", state: "CONNECTED", ghlUserId: "sbxAgencyAdminUser01" });
    expect(stored.scopes).toContain("locations.write");
    expect(decryptSecret(stored.accessToken)).toMatch(/^sbx-ghl-at-/);
    expect(decryptSecret(stored.refreshToken)).toMatch(/^sbx-ghl-rt-/);
    expect(stored.accessToken).not.toContain("sbx-ghl");
    const status = await getGhlConnectionStatus();
    expect(status).toMatchObject({ configured: true, phase: "connected", hasAccessToken: true, hasRefreshToken: true, tokenValid: true });
    expect(JSON.stringify(status)).not.toContain("sbx-ghl-");
  });

  it("the state is single-use: a reload of the callback is refused without a second exchange", async () => {
    const input = await callbackInput();
    await completeGhlConnect(input);

    expect(await completeGhlConnect(input)).toEqual({ ok: false, failure: "used_state" });
    expect(await control.requests({ provider: "ghl", path: "/api/oauth/token" })).toHaveLength(1);
  });

  it("refuses a state older than 10 minutes", async () => {
    const input = await callbackInput();
    expect(await completeGhlConnect(input, new Date(Date.now() + 11 * 60_000))).toEqual({ ok: false, failure: "expired_state" });
  });

  it("refuses a state finished in another browser or by another sign-in", async () => {
    const input = await callbackInput();
    expect(await completeGhlConnect({ ...input, browserSecret: "someone-elses-cookie" })).toEqual({ ok: false, failure: "other_browser" });
    expect(await completeGhlConnect({ ...input, browserSecret: undefined })).toEqual({ ok: false, failure: "other_browser" });
    expect(await completeGhlConnect({ ...input, userId: "another-admin" })).toEqual({ ok: false, failure: "other_browser" });
    // A wrong browser does not burn the state: the admin who started can still finish.
    expect((await completeGhlConnect(input)).ok).toBe(true);
  });

  it("refuses an unknown or missing state", async () => {
    const input = await callbackInput();
    expect(await completeGhlConnect({ ...input, state: "forged" })).toEqual({ ok: false, failure: "unknown_state" });
    expect(await completeGhlConnect({ ...input, state: undefined })).toEqual({ ok: false, failure: "missing_parameters" });
  });

  it("explains a denial, an install on a sub-account and missing scopes, storing nothing", async () => {
    expect(await completeGhlConnect(await callbackInput("deny"))).toEqual({ ok: false, failure: "denied" });
    expect(await completeGhlConnect(await callbackInput({ install_for: "location" }))).toEqual({ ok: false, failure: "wrong_account_type" });
    expect(await completeGhlConnect(await callbackInput({ omit_scope: "users.write" }))).toEqual({
      ok: false,
      failure: "missing_scopes",
      detail: "users.write",
    });
    expect(await db.ghlConnection.count()).toBe(0);
  });

  it("disconnecting deletes the tokens", async () => {
    await completeGhlConnect(await callbackInput());
    await disconnectGhl();
    expect(await db.ghlConnection.count()).toBe(0);
    expect((await getGhlConnectionStatus()).phase).toBe("not_connected");
  });
});
