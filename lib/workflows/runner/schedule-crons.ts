import { randomUUID } from "node:crypto";
import { Cron } from "croner";
import { db } from "@/lib/db";
import type { RegisteredFunction } from "./function-registry";

/** Inngest's crons may start with "TZ=Zone "; croner takes the zone as an option. */
export function parseCron(expression: string): Cron {
  const match = /^TZ=(\S+)\s+(.+)$/.exec(expression.trim());
  return new Cron(match?.[2] ?? expression, { paused: true, timezone: match?.[1] ?? "UTC" });
}

/** The latest tick in (after, now], or null: after downtime a cron fires once, not once per missed tick. */
export function latestDueTick(cron: Cron, after: Date, now: Date): Date | null {
  let due: Date | null = null;
  let next = cron.nextRun(after);
  for (let guard = 0; next && next <= now && guard < 10_000; guard += 1) {
    due = next;
    next = cron.nextRun(next);
  }
  return due;
}

/**
 * Starts the runs of crons whose tick has come. Each (function, cron) keeps its
 * last fired tick; advancing it is a compare-and-set in the same transaction as
 * the run insert (whose dedupe key names the tick), so with any number of
 * runner processes a tick fires once. A cron seen for the first time starts
 * from now: a fresh install does not fire every daily job at once.
 */
export async function scheduleDueCrons(registry: Map<string, RegisteredFunction>, now = new Date()): Promise<number> {
  let started = 0;
  for (const registered of registry.values()) {
    for (const expression of registered.crons) {
      const scheduleId = registered.crons.length > 1 ? `${registered.id}#${expression}` : registered.id;
      await db.$executeRaw`
        INSERT INTO "WorkflowSchedule" ("functionId", "cron", "lastTickAt") VALUES (${scheduleId}, ${expression}, ${now})
        ON CONFLICT ("functionId") DO UPDATE SET "cron" = EXCLUDED."cron", "lastTickAt" = ${now}
        WHERE "WorkflowSchedule"."cron" <> EXCLUDED."cron"`;
      const [schedule] = await db.$queryRaw<{ lastTickAt: Date }[]>`
        SELECT "lastTickAt" FROM "WorkflowSchedule" WHERE "functionId" = ${scheduleId}`;
      if (!schedule) continue;
      const tick = latestDueTick(parseCron(expression), schedule.lastTickAt, now);
      if (!tick) continue;
      if (await fireTick(registered, scheduleId, expression, schedule.lastTickAt, tick)) started += 1;
    }
  }
  return started;
}

/** When the next cron tick of any registered function comes after `now` (null: no crons). */
export function nextCronTickAfter(registry: Map<string, RegisteredFunction>, now: Date): Date | null {
  const ticks = [...registry.values()]
    .flatMap((registered) => registered.crons.map((expression) => parseCron(expression).nextRun(now)))
    .filter((tick): tick is Date => tick !== null);
  return ticks.length ? new Date(Math.min(...ticks.map((tick) => tick.getTime()))) : null;
}

async function fireTick(registered: RegisteredFunction, scheduleId: string, expression: string, previous: Date, tick: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const advanced = await tx.$executeRaw`
      UPDATE "WorkflowSchedule" SET "lastTickAt" = ${tick} WHERE "functionId" = ${scheduleId} AND "lastTickAt" = ${previous}`;
    if (advanced === 0) return false;
    const eventId = `cron:${scheduleId}:${tick.toISOString()}`;
    const event = { id: eventId, name: "inngest/scheduled.timer", data: { cron: expression }, ts: tick.getTime() };
    const inserted = await tx.$executeRaw`
      INSERT INTO "WorkflowRun" ("id", "functionId", "trigger", "eventName", "eventId", "event", "dedupeKey", "runAt", "updatedAt")
      VALUES (${randomUUID()}, ${registered.id}, 'cron', ${event.name}, ${eventId}, ${JSON.stringify(event)}::jsonb, ${`${registered.id}:${eventId}`}, ${tick}, now())
      ON CONFLICT ("dedupeKey") DO NOTHING`;
    return inserted > 0;
  });
}
