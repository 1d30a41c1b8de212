import { describe, expect, it } from "vitest";
import { bucketStarts, periodInputFrom, resolvePeriod } from "@/lib/analytics/period";

const NOW = new Date("2026-03-29T22:30:00Z");

describe("resolvePeriod", () => {
  it("counts whole days of the agency's timezone, today included", () => {
    const utc = resolvePeriod({ preset: "7d" }, "UTC", NOW);
    expect([utc.start.toISOString(), utc.end.toISOString(), utc.previousStart.toISOString()]).toEqual([
      "2026-03-23T00:00:00.000Z",
      "2026-03-30T00:00:00.000Z",
      "2026-03-16T00:00:00.000Z",
    ]);
    // 22:30 UTC is already the 30th in Tokyo.
    const tokyo = resolvePeriod({ preset: "today" }, "Asia/Tokyo", NOW);
    expect([tokyo.firstDay, tokyo.start.toISOString(), tokyo.end.toISOString()]).toEqual(["2026-03-30", "2026-03-29T15:00:00.000Z", "2026-03-30T15:00:00.000Z"]);
  });

  it("keeps day boundaries across a daylight-saving change (Europe/Berlin, 29 March 2026)", () => {
    const period = resolvePeriod({ preset: "custom", from: "2026-03-29", to: "2026-03-29" }, "Europe/Berlin", NOW);
    expect([period.start.toISOString(), period.end.toISOString()]).toEqual(["2026-03-28T23:00:00.000Z", "2026-03-29T22:00:00.000Z"]);
  });

  it("compares months with the month before, and orders a reversed custom range", () => {
    const last = resolvePeriod({ preset: "last-month" }, "UTC", NOW);
    expect([last.firstDay, last.lastDay, last.previousStart.toISOString()]).toEqual(["2026-02-01", "2026-02-28", "2026-01-01T00:00:00.000Z"]);
    const reversed = resolvePeriod({ preset: "custom", from: "2026-01-31", to: "2026-01-01" }, "UTC", NOW);
    expect([reversed.firstDay, reversed.lastDay, reversed.bucket]).toEqual(["2026-01-01", "2026-01-31", "day"]);
  });

  it("picks a bucket the chart can show, unless one is asked for", () => {
    expect(resolvePeriod({ preset: "90d" }, "UTC", NOW).bucket).toBe("week");
    expect(resolvePeriod({ preset: "90d", bucket: "month" }, "UTC", NOW).bucket).toBe("month");
  });
});

describe("periodInputFrom", () => {
  it("falls back to the last 30 days on nonsense or an incomplete custom range", () => {
    expect(periodInputFrom({ period: "forever" })).toMatchObject({ preset: "30d" });
    expect(periodInputFrom({ period: "custom", from: "2026-01-01" })).toMatchObject({ preset: "30d" });
    expect(periodInputFrom({ period: "custom", from: "2026-01-01", to: "2026-13-45" })).toMatchObject({ preset: "30d" });
    expect(periodInputFrom({ period: "custom", from: "2026-01-01", to: "2026-01-09", bucket: "week" })).toEqual({
      preset: "custom",
      from: "2026-01-01",
      to: "2026-01-09",
      bucket: "week",
    });
  });
});

describe("bucketStarts", () => {
  it("starts weeks on Monday and months on the 1st", () => {
    const period = resolvePeriod({ preset: "custom", from: "2026-03-04", to: "2026-03-17", bucket: "week" }, "UTC", NOW);
    expect(bucketStarts(period)).toEqual(["2026-03-02", "2026-03-09", "2026-03-16"]);
    expect(bucketStarts({ ...period, bucket: "month" })).toEqual(["2026-03-01"]);
  });
});
