import { Cron } from "croner";

/** What the friendly schedule editor offers; anything else is a custom cron expression. */
export type FriendlySchedule =
  | { frequency: "hourly"; minute: number }
  | { frequency: "daily"; hour: number; minute: number }
  | { frequency: "weekly"; weekday: number; hour: number; minute: number }
  | { frequency: "monthly"; dayOfMonth: number; hour: number; minute: number };

export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export class InvalidScheduleError extends Error {
  override name = "InvalidScheduleError";
}

/** The five-field cron expression the friendly choice stands for. */
export function cronFromFriendly(schedule: FriendlySchedule): string {
  switch (schedule.frequency) {
    case "hourly":
      return `${schedule.minute} * * * *`;
    case "daily":
      return `${schedule.minute} ${schedule.hour} * * *`;
    case "weekly":
      return `${schedule.minute} ${schedule.hour} * * ${schedule.weekday}`;
    case "monthly":
      return `${schedule.minute} ${schedule.hour} ${schedule.dayOfMonth} * *`;
  }
}

const NUMBER = "(\\d{1,2})";
const FRIENDLY_PATTERNS: { pattern: RegExp; read: (parts: number[]) => FriendlySchedule }[] = [
  { pattern: new RegExp(`^${NUMBER} \\* \\* \\* \\*$`), read: ([minute]) => ({ frequency: "hourly", minute: minute! }) },
  { pattern: new RegExp(`^${NUMBER} ${NUMBER} \\* \\* \\*$`), read: ([minute, hour]) => ({ frequency: "daily", hour: hour!, minute: minute! }) },
  {
    pattern: new RegExp(`^${NUMBER} ${NUMBER} \\* \\* ([0-6])$`),
    read: ([minute, hour, weekday]) => ({ frequency: "weekly", weekday: weekday!, hour: hour!, minute: minute! }),
  },
  {
    pattern: new RegExp(`^${NUMBER} ${NUMBER} ${NUMBER} \\* \\*$`),
    read: ([minute, hour, dayOfMonth]) => ({ frequency: "monthly", dayOfMonth: dayOfMonth!, hour: hour!, minute: minute! }),
  },
];

/** The friendly form of an expression the editor can show as such, else null (a custom expression). */
export function friendlyFromCron(cron: string): FriendlySchedule | null {
  const normalized = cron.trim().replace(/\s+/g, " ");
  for (const { pattern, read } of FRIENDLY_PATTERNS) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const friendly = read(match.slice(1).map(Number));
    if (friendlyIsInRange(friendly)) return friendly;
  }
  return null;
}

function friendlyIsInRange(schedule: FriendlySchedule): boolean {
  const minuteOk = schedule.minute >= 0 && schedule.minute <= 59;
  if (schedule.frequency === "hourly") return minuteOk;
  const hourOk = schedule.hour >= 0 && schedule.hour <= 23;
  if (schedule.frequency === "monthly") return minuteOk && hourOk && schedule.dayOfMonth >= 1 && schedule.dayOfMonth <= 28;
  return minuteOk && hourOk;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** "every day at 09:00", "every Monday at 08:30", or the expression itself when it is custom. */
export function describeSchedule(cron: string, timezone: string): string {
  const friendly = friendlyFromCron(cron);
  const zone = timezone === "UTC" ? "UTC" : timezone;
  if (friendly === null) return `custom schedule "${cron.trim()}" (${zone})`;
  const time = friendly.frequency === "hourly" ? "" : `${pad(friendly.hour)}:${pad(friendly.minute)}`;
  switch (friendly.frequency) {
    case "hourly":
      return `every hour at minute ${friendly.minute}`;
    case "daily":
      return `every day at ${time} (${zone})`;
    case "weekly":
      return `every ${WEEKDAY_NAMES[friendly.weekday]} at ${time} (${zone})`;
    case "monthly":
      return `on day ${friendly.dayOfMonth} of every month at ${time} (${zone})`;
  }
}

/**
 * Checks a five-field cron expression (minute hour day-of-month month day-of-week).
 * @throws InvalidScheduleError with a message meant for the person typing it
 */
export function assertValidCron(cron: string): void {
  const fields = cron.trim().split(/\s+/);
  if (fields.length !== 5) {
    throw new InvalidScheduleError(
      `A schedule has five fields (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1"; this one has ${fields.length}.`,
    );
  }
  try {
    new Cron(cron, { paused: true });
  } catch (error) {
    throw new InvalidScheduleError(`That cron expression is not valid: ${(error as Error).message.replace(/^CronPattern: /, "")}.`);
  }
}

/**
 * The next `count` run times strictly after `after`, in the agency's timezone: "09:00 every day"
 * stays 09:00 local across daylight-saving changes; a local time that does not exist on the day
 * clocks go forward runs at the first valid instant after it, a repeated one runs once.
 */
export function nextRunTimes(cron: string, timezone: string, after: Date, count: number): Date[] {
  assertValidCron(cron);
  return new Cron(cron, { timezone, paused: true }).nextRuns(count, after);
}

export function nextRunTime(cron: string, timezone: string, after: Date): Date | null {
  return nextRunTimes(cron, timezone, after, 1)[0] ?? null;
}
