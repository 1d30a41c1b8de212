import { tz } from "@date-fns/tz";
import { startOfDay, startOfMonth, startOfWeek, subDays, subMonths, subWeeks } from "date-fns";
import type { ReportPeriod } from "./automation-config";

export type ReportWindow = { from: Date; to: Date; label: string };

/**
 * The last complete period before `at`, on the agency's calendar: yesterday, last week
 * (Monday to Sunday) or last month, with midnights in `timezone` (23- and 25-hour days included).
 */
export function reportWindow(period: ReportPeriod, at: Date, timezone: string): ReportWindow {
  const window = zonedWindow(period, at, timezone);
  // Plain Dates from here on: the zoned ones print their offset and are not what Prisma expects.
  return { from: new Date(window.from.getTime()), to: new Date(window.to.getTime()), label: window.label };
}

function zonedWindow(period: ReportPeriod, at: Date, timezone: string): ReportWindow {
  const inZone = { in: tz(timezone) };
  const dateLabel = (date: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: timezone, dateStyle: "medium" }).format(date);
  switch (period) {
    case "daily": {
      const to = startOfDay(at, inZone);
      const from = subDays(to, 1, inZone);
      return { from, to, label: dateLabel(from) };
    }
    case "weekly": {
      const to = startOfWeek(at, { ...inZone, weekStartsOn: 1 });
      const from = subWeeks(to, 1, inZone);
      return { from, to, label: `${dateLabel(from)} – ${dateLabel(subDays(to, 1, inZone))}` };
    }
    case "monthly": {
      const to = startOfMonth(at, inZone);
      const from = subMonths(to, 1, inZone);
      return { from, to, label: new Intl.DateTimeFormat("en-GB", { timeZone: timezone, month: "long", year: "numeric" }).format(from) };
    }
  }
}
