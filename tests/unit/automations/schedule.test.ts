import { describe, expect, it } from "vitest";
import { assertValidCron, cronFromFriendly, describeSchedule, friendlyFromCron, nextRunTimes } from "@/lib/automations/schedule";

const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe("friendly schedules", () => {
  it("round-trip between the editor and cron", () => {
    const schedules = [
      { frequency: "hourly", minute: 15 },
      { frequency: "daily", hour: 9, minute: 0 },
      { frequency: "weekly", weekday: 1, hour: 8, minute: 30 },
      { frequency: "monthly", dayOfMonth: 28, hour: 23, minute: 59 },
    ] as const;
    for (const schedule of schedules) expect(friendlyFromCron(cronFromFriendly(schedule))).toEqual(schedule);
  });

  it("leave anything else to the cron field", () => {
    expect(friendlyFromCron("0 9 * * 1-5")).toBeNull();
    expect(friendlyFromCron("0 9 31 * *")).toBeNull();
    expect(friendlyFromCron("*/5 * * * *")).toBeNull();
  });

  it("read as people say them, in the agency's timezone", () => {
    expect(describeSchedule("0 9 * * *", "Europe/Berlin")).toBe("every day at 09:00 (Europe/Berlin)");
    expect(describeSchedule("30 8 * * 1", "UTC")).toBe("every Monday at 08:30 (UTC)");
    expect(describeSchedule("0 7 1 * *", "UTC")).toBe("on day 1 of every month at 07:00 (UTC)");
    expect(describeSchedule("15 * * * *", "UTC")).toBe("every hour at minute 15");
    expect(describeSchedule("0 9 * * 1-5", "UTC")).toBe('custom schedule "0 9 * * 1-5" (UTC)');
  });
});

describe("cron validation", () => {
  it("explains what is wrong", () => {
    expect(() => assertValidCron("0 9 * *")).toThrow("five fields");
    expect(() => assertValidCron("0 0 9 * * *")).toThrow("has 6");
    expect(() => assertValidCron("61 9 * * *")).toThrow(/not valid.*minute/);
    expect(() => assertValidCron("0 9 * * 1-5")).not.toThrow();
  });
});

describe("next run times across daylight-saving changes", () => {
  it("keep 09:00 local in Berlin when clocks go forward (UTC+1 → UTC+2)", () => {
    const runs = nextRunTimes("0 9 * * *", "Europe/Berlin", new Date("2026-03-28T00:00:00Z"), 3);
    expect(iso(runs)).toEqual(["2026-03-28T08:00:00.000Z", "2026-03-29T07:00:00.000Z", "2026-03-30T07:00:00.000Z"]);
  });

  it("keep 09:00 local in New York when clocks go back (UTC-4 → UTC-5)", () => {
    const runs = nextRunTimes("0 9 * * *", "America/New_York", new Date("2026-10-31T00:00:00Z"), 3);
    expect(iso(runs)).toEqual(["2026-10-31T13:00:00.000Z", "2026-11-01T14:00:00.000Z", "2026-11-02T14:00:00.000Z"]);
  });

  it("run a time that does not exist on the spring-forward day once, at the first valid instant", () => {
    const runs = nextRunTimes("30 2 * * *", "Europe/Berlin", new Date("2026-03-28T12:00:00Z"), 2);
    expect(iso(runs)).toEqual(["2026-03-29T01:00:00.000Z", "2026-03-30T00:30:00.000Z"]);
  });

  it("run a repeated time on the fall-back day once", () => {
    const runs = nextRunTimes("30 1 * * *", "America/New_York", new Date("2026-10-31T12:00:00Z"), 2);
    expect(iso(runs)).toEqual(["2026-11-01T05:30:00.000Z", "2026-11-02T06:30:00.000Z"]);
  });

  it("are strictly after the given time, and weekly runs land on the right local weekday", () => {
    const monday9 = new Date("2026-03-09T13:00:00Z");
    expect(iso(nextRunTimes("0 9 * * 1", "America/New_York", monday9, 2))).toEqual(["2026-03-16T13:00:00.000Z", "2026-03-23T13:00:00.000Z"]);
  });
});
