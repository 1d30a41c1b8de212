import { cached } from "./cached";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, withTime: boolean): Intl.DateTimeFormat {
  return cached(
    formatters,
    `${timeZone}|${withTime}`,
    () =>
      new Intl.DateTimeFormat("en-GB", {
        day: "numeric",
        month: "short",
        year: "numeric",
        ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" } : {}),
        timeZone,
      }),
  );
}

/** "5 Dec 2026, 14:05 GMT+1": in the agency's timezone (Settings), labelled with it. */
export function formatDateTime(date: Date, timeZone: string): string {
  return formatter(timeZone, true).format(date);
}

/** "5 Dec 2026": the calendar day in the agency's timezone. */
export function formatDate(date: Date, timeZone: string): string {
  return formatter(timeZone, false).format(date);
}

/** "2026-12-05": the calendar day in the agency's timezone, as date inputs want it. */
export function isoDay(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(date);
}
