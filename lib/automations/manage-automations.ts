import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Automation, Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";
import type { AutomationConfig } from "./automation-config";
import { assertValidCron, InvalidScheduleError, nextRunTime } from "./schedule";

export type AutomationInput = AutomationConfig & {
  name: string;
  companyId: string | null;
  destinationId: string;
  cron: string;
};

async function checkedInput(input: AutomationInput): Promise<void> {
  try {
    assertValidCron(input.cron);
  } catch (error) {
    if (error instanceof InvalidScheduleError) throw new UserFacingError(error.message);
    throw error;
  }
  const destination = await db.destination.findUnique({ where: { id: input.destinationId }, select: { type: true } });
  if (!destination) throw new UserFacingError("Choose a destination: the one selected no longer exists.");
  if (input.type === "DATA_SYNC" && destination.type !== "WEBHOOK") {
    throw new UserFacingError("A data sync pushes records as JSON: choose a webhook destination.");
  }
  if (input.companyId !== null && !(await db.company.findUnique({ where: { id: input.companyId }, select: { id: true } }))) {
    throw new UserFacingError("That company no longer exists: choose another or make the automation agency-wide.");
  }
}

async function nextRunFor(cron: string, after: Date): Promise<Date | null> {
  return nextRunTime(cron, (await getSettings()).timezone, after);
}

function columns(input: AutomationInput) {
  return {
    name: input.name,
    type: input.type,
    companyId: input.companyId,
    destinationId: input.destinationId,
    cron: input.cron.trim().replace(/\s+/g, " "),
    config: input.config as Prisma.InputJsonValue,
  };
}

export async function createAutomation(input: AutomationInput, now = new Date()): Promise<Automation> {
  await checkedInput(input);
  return db.automation.create({ data: { ...columns(input), nextRunAt: await nextRunFor(input.cron, now) } });
}

async function existingAutomation(id: string): Promise<Automation> {
  const automation = await db.automation.findUnique({ where: { id } });
  if (!automation) throw new UserFacingError("That automation no longer exists.");
  return automation;
}

/** The type is fixed at creation (history and the sync cursor belong to it); everything else can change. */
export async function updateAutomation(id: string, input: AutomationInput, now = new Date()): Promise<Automation> {
  const existing = await existingAutomation(id);
  if (existing.type !== input.type) throw new UserFacingError("An automation's type cannot change: create a new one instead.");
  await checkedInput(input);
  const nextRunAt = existing.status === "ACTIVE" ? await nextRunFor(input.cron, now) : null;
  return db.automation.update({ where: { id }, data: { ...columns(input), nextRunAt } });
}

/** Paused automations keep their history and are skipped by the dispatcher. */
export async function pauseAutomation(id: string): Promise<Automation> {
  await existingAutomation(id);
  return db.automation.update({ where: { id }, data: { status: "PAUSED", nextRunAt: null } });
}

/** Resumes from now on: runs missed while paused are not caught up. */
export async function resumeAutomation(id: string, now = new Date()): Promise<Automation> {
  const automation = await existingAutomation(id);
  return db.automation.update({ where: { id }, data: { status: "ACTIVE", nextRunAt: await nextRunFor(automation.cron, now) } });
}

export async function deleteAutomation(id: string): Promise<{ name: string }> {
  const automation = await existingAutomation(id);
  await db.automation.delete({ where: { id } });
  return { name: automation.name };
}
