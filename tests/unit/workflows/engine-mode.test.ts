import { describe, expect, it } from "vitest";
import { parseServerEnv } from "@/lib/env";
import { resolveEngineMode } from "@/lib/workflows/engine-mode";
import { minimalEnvironment } from "../../support/minimal-environment";

const modeFor = (variables: Record<string, string>) => resolveEngineMode(parseServerEnv({ ...minimalEnvironment, ...variables }));

describe("the workflow engine choice", () => {
  it("defaults to the embedded runner outside production", () => {
    expect(modeFor({ NODE_ENV: "development" })).toEqual({ engine: "embedded" });
    expect(modeFor({ NODE_ENV: "test" })).toEqual({ engine: "embedded" });
  });

  it("uses Inngest when its keys or dev server are configured", () => {
    expect(modeFor({ NODE_ENV: "production", INNGEST_EVENT_KEY: "evt", INNGEST_SIGNING_KEY: "signkey-prod-1" })).toEqual({ engine: "inngest", dev: false });
    expect(modeFor({ INNGEST_DEV: "1" })).toEqual({ engine: "inngest", dev: true });
    expect(modeFor({ INNGEST_DEV: "http://127.0.0.1:8288" })).toEqual({ engine: "inngest", dev: true });
  });

  it("makes production choose, and names the variables to set", () => {
    expect(() => modeFor({ NODE_ENV: "production" })).toThrow(/INNGEST_EVENT_KEY and INNGEST_SIGNING_KEY.*WORKFLOW_ENGINE=embedded/s);
    expect(() => modeFor({ NODE_ENV: "production", INNGEST_EVENT_KEY: "evt" })).toThrow(/No workflow engine/);
    expect(modeFor({ NODE_ENV: "production", WORKFLOW_ENGINE: "embedded" })).toEqual({ engine: "embedded" });
  });

  it("refuses two engines at once and an Inngest choice without keys", () => {
    expect(() => modeFor({ WORKFLOW_ENGINE: "embedded", INNGEST_DEV: "1" })).toThrow(/exactly one engine/);
    expect(() => modeFor({ WORKFLOW_ENGINE: "inngest" })).toThrow(/needs INNGEST_EVENT_KEY/);
    expect(() => parseServerEnv({ ...minimalEnvironment, WORKFLOW_ENGINE: "cron" })).toThrow(/WORKFLOW_ENGINE must be inngest or embedded/);
  });
});
