import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordIntegrationCall } from "@/lib/integration-log/record";
import type { IntegrationCall } from "@/lib/integration-log/types";

const call = (action: string, fields: Partial<IntegrationCall> = {}): IntegrationCall => ({
  provider: "tiktok",
  action,
  method: "POST",
  url: "https://open.tiktokapis.test/v2/oauth/token/",
  httpStatus: 200,
  durationMs: 101.4,
  outcome: "success",
  attempt: 1,
  requestBody: { grant_type: "refresh_token", refresh_token: "[REDACTED]" },
  responseBody: undefined,
  errorMessage: null,
  ...fields,
});

afterEach(async () => {
  await db.integrationLog.deleteMany();
});

describe("recording provider calls", () => {
  it("stores every one of a burst of calls, each caller's promise settling once its own row is stored", async () => {
    const actions = Array.from({ length: 120 }, (_, index) => `refresh_${index}`);
    await Promise.all(actions.map((action) => recordIntegrationCall(call(action))));
    const stored = await db.integrationLog.findMany({ select: { action: true, durationMs: true, requestBody: true, responseBody: true } });
    expect(stored.map((row) => row.action).sort()).toEqual([...actions].sort());
    expect(stored[0]).toMatchObject({ durationMs: 101, requestBody: { grant_type: "refresh_token", refresh_token: "[REDACTED]" }, responseBody: null });
  });

  it("a row Postgres refuses fails alone: the calls around it are stored", async () => {
    const results = await Promise.allSettled([
      recordIntegrationCall(call("first")),
      recordIntegrationCall(call("second")),
      // jsonb cannot hold a NUL character.
      recordIntegrationCall(call("refused", { responseBody: { text: "a\u0000b" } })),
      recordIntegrationCall(call("fourth")),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect((await db.integrationLog.findMany({ select: { action: true } })).map((row) => row.action).sort()).toEqual(["first", "fourth", "second"]);
  });
});
