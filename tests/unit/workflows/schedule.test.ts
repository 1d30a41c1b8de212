import { describe, expect, it } from "vitest";
import { latestDueTick, parseCron } from "@/lib/workflows/runner/schedule-crons";
import { wakeTimeOf } from "@/lib/workflows/runner/retry-delay";

describe("cron ticks", () => {
  it("fire the latest missed tick once after downtime, none before the next", () => {
    const cron = parseCron("*/5 * * * *");
    const after = new Date("2026-12-05T10:00:00Z");
    expect(latestDueTick(cron, after, new Date("2026-12-05T10:04:59Z"))).toBeNull();
    expect(latestDueTick(cron, after, new Date("2026-12-05T10:05:00Z"))).toEqual(new Date("2026-12-05T10:05:00Z"));
    expect(latestDueTick(cron, after, new Date("2026-12-05T13:07:00Z"))).toEqual(new Date("2026-12-05T13:05:00Z"));
  });

  it("honour a TZ= prefix across a DST change", () => {
    const cron = parseCron("TZ=Europe/Berlin 0 9 * * *");
    // 09:00 in Berlin is 08:00 UTC in winter and 07:00 UTC in summer.
    expect(cron.nextRun(new Date("2026-03-28T12:00:00Z"))).toEqual(new Date("2026-03-29T07:00:00Z"));
    expect(cron.nextRun(new Date("2026-03-27T12:00:00Z"))).toEqual(new Date("2026-03-28T08:00:00Z"));
  });
});

describe("sleep wake times", () => {
  it("read durations and dates as the SDK sends them", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    expect(wakeTimeOf("1h", now)).toEqual(new Date("2026-12-05T11:00:00Z"));
    expect(wakeTimeOf("90s", now)).toEqual(new Date("2026-12-05T10:01:30Z"));
    expect(wakeTimeOf("2026-12-06T00:00:00.000Z", now)).toEqual(new Date("2026-12-06T00:00:00Z"));
  });
});
