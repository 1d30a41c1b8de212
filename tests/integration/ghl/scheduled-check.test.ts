import { describe, expect, it } from "vitest";
import { decryptSecret } from "@/lib/crypto";
import { db } from "@/lib/db";
import { runIntegrationCheck } from "@/lib/ghl/integration-check";
import { runScheduledTokenCheck } from "@/lib/ghl/scheduled-token-check";
import { connectSandboxAgency, setUpGhlTests } from "./ghl-fixtures";

const { control, ghlControl } = setUpGhlTests();

describe("the token cron", () => {
  it("does nothing without a connection", async () => {
    expect(await runScheduledTokenCheck()).toEqual({ outcome: "not_connected" });
  });

  it("leaves a fresh token alone", async () => {
    await connectSandboxAgency();
    expect((await runScheduledTokenCheck()).outcome).toBe("checked");
    expect((await ghlControl.counters()).refreshes).toBe(0);
  });

  it("refreshes when GoHighLevel's clock says the token expired, with no traffic needed", async () => {
    await connectSandboxAgency();
    const before = await db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } });
    await control.advanceClock(86_400 + 60);

    expect((await runScheduledTokenCheck()).outcome).toBe("checked");

    const after = await db.ghlConnection.findUniqueOrThrow({ where: { id: "agency" } });
    expect((await ghlControl.counters()).refreshes).toBe(1);
    expect(decryptSecret(after.accessToken)).not.toBe(decryptSecret(before.accessToken));
    expect(after.lastRefreshedAt).not.toBeNull();
  });

  it("refreshes ahead of expiry", async () => {
    await connectSandboxAgency();
    await db.ghlConnection.update({ where: { id: "agency" }, data: { accessTokenExpiresAt: new Date(Date.now() + 10 * 60_000) } });
    await runScheduledTokenCheck();
    expect((await ghlControl.counters()).refreshes).toBe(1);
  });
});

describe("Test integration", () => {
  it("passes every check against the sandbox, each timed, and upserts one test contact however often it runs", async () => {
    await connectSandboxAgency();

    const first = await runIntegrationCheck();
    await runIntegrationCheck();

    expect(first.map((check) => [check.name, check.outcome])).toEqual([
      ["Authenticated read (list sub-accounts)", "passed"],
      ["Token refresh", "passed"],
      ["Sub-account token", "passed"],
      ["Contact upsert", "passed"],
    ]);
    expect(first.every((check) => check.durationMs >= 0)).toBe(true);
    expect(await ghlControl.counters()).toMatchObject({ contactsCreated: 1, contactsUpdated: 1, refreshes: 2 });
  });

  it("reports a failed check with GoHighLevel's reason and goes on", async () => {
    await connectSandboxAgency();
    await control.injectFault({ provider: "ghl", path: "/api/locations/search", mode: "http_500", count: 3 });

    const checks = await runIntegrationCheck();

    expect(checks[0]).toMatchObject({ outcome: "failed", detail: "Internal server error" });
    expect(checks.slice(1).map((check) => check.outcome)).toEqual(["passed", "passed", "passed"]);
  });
});
