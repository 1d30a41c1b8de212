import { TZDate } from "@date-fns/tz";
import { addDays, addMonths, differenceInCalendarDays, format, startOfDay, startOfMonth } from "date-fns";
import { z } from "zod";
import { firstParam, type SearchParams } from "@/lib/list-query";

export const PERIOD_PRESETS = ["today", "7d", "30d", "90d", "this-month", "last-month", "custom"] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export const PERIOD_LABELS: Record<PeriodPreset, string> = {
  today: "Today",
  "7d": "Last 7 days",
  "30d": "Last 30 days",
  "90d": "Last 90 days",
  "this-month": "This month",
  "last-month": "Last month",
  custom: "Custom",
};

export const BUCKETS = ["day", "week", "month"] as const;
export type Bucket = (typeof BUCKETS)[number];

/** A custom range is at most this long: longer ones are read better by month on the Invoices export. */
const MAX_CUSTOM_DAYS = 3 * 366;

/** Instants [start, end) of whole days in the agency's timezone, plus the same-length period just before. */
export type Period = {
  preset: PeriodPreset;
  timezone: string;
  start: Date;
  end: Date;
  previousStart: Date;
  /** First and last calendar day shown (YYYY-MM-DD, agency timezone). */
  firstDay: string;
  lastDay: string;
  bucket: Bucket;
};

export type PeriodInput = { preset: PeriodPreset; from?: string | undefined; to?: string | undefined; bucket?: Bucket | undefined };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const dayText = z.string().regex(DAY).refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)));
/** Built once: zod's schema creation costs more than the parse. */
const periodParamSchemas = {
  preset: z.enum(PERIOD_PRESETS).catch("30d"),
  day: dayText.optional().catch(undefined),
  bucket: z.enum(BUCKETS).optional().catch(undefined),
};

/** The period picker's state from the URL; nonsense falls back to the last 30 days. */
export function periodInputFrom(params: SearchParams): PeriodInput {
  const preset = periodParamSchemas.preset.parse(firstParam(params, "period") ?? "30d");
  const from = periodParamSchemas.day.parse(firstParam(params, "from"));
  const to = periodParamSchemas.day.parse(firstParam(params, "to"));
  const bucket = periodParamSchemas.bucket.parse(firstParam(params, "bucket"));
  if (preset === "custom" && (!from || !to)) return { preset: "30d", bucket };
  return { preset, from, to, bucket };
}

const DAYS_OF: Partial<Record<PeriodPreset, number>> = { today: 1, "7d": 7, "30d": 30, "90d": 90 };

/** Resolves a period against `now` in `timezone` (IANA). A custom range is put in order and capped. */
export function resolvePeriod(input: PeriodInput, timezone: string, now: Date = new Date()): Period {
  const today = startOfDay(new TZDate(now, timezone));
  let first: TZDate;
  let endDay: TZDate;
  let previousFirst: TZDate;
  const days = DAYS_OF[input.preset];
  if (days !== undefined) {
    first = addDays(today, 1 - days);
    endDay = addDays(today, 1);
    previousFirst = addDays(first, -days);
  } else if (input.preset === "this-month" || input.preset === "last-month") {
    first = startOfMonth(input.preset === "this-month" ? today : addMonths(today, -1));
    endDay = addMonths(first, 1);
    previousFirst = addMonths(first, -1);
  } else {
    const [a, b] = [dayIn(input.from as string, timezone), dayIn(input.to as string, timezone)].sort((x, y) => x.getTime() - y.getTime()) as [TZDate, TZDate];
    first = differenceInCalendarDays(b, a) >= MAX_CUSTOM_DAYS ? addDays(b, 1 - MAX_CUSTOM_DAYS) : a;
    endDay = addDays(b, 1);
    previousFirst = addDays(first, -differenceInCalendarDays(endDay, first));
  }
  const length = differenceInCalendarDays(endDay, first);
  return {
    preset: input.preset,
    timezone,
    start: new Date(first.getTime()),
    end: new Date(endDay.getTime()),
    previousStart: new Date(previousFirst.getTime()),
    firstDay: format(first, "yyyy-MM-dd"),
    lastDay: format(addDays(endDay, -1), "yyyy-MM-dd"),
    bucket: input.bucket ?? (length <= 62 ? "day" : length <= 366 ? "week" : "month"),
  };
}

function dayIn(day: string, timezone: string): TZDate {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new TZDate(year, month - 1, date, timezone);
}

/**
 * Every bucket's first day (YYYY-MM-DD) from the period's start to its end, so a chart shows
 * empty days as zero instead of skipping them. Weeks start on Monday (Postgres `date_trunc`).
 */
export function bucketStarts(period: Period): string[] {
  const starts: string[] = [];
  let cursor = dayIn(period.firstDay, period.timezone);
  if (period.bucket === "month") cursor = startOfMonth(cursor);
  if (period.bucket === "week") cursor = addDays(cursor, -((cursor.getDay() + 6) % 7));
  const end = dayIn(period.lastDay, period.timezone);
  while (cursor.getTime() <= end.getTime()) {
    starts.push(format(cursor, "yyyy-MM-dd"));
    cursor = period.bucket === "day" ? addDays(cursor, 1) : period.bucket === "week" ? addDays(cursor, 7) : addMonths(cursor, 1);
  }
  return starts;
}
