import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Automation, Prisma } from "@/lib/generated/prisma/client";
import { ghlCrmAvailability } from "@/lib/ghl/crm-availability";
import { getSettings } from "@/lib/settings";
import { type AutomationConfig, syncConfigSchema, syncTargetOf } from "./automation-config";
import { assertValidCron, InvalidScheduleError, nextRunTime } from "./schedule";

export type AutomationInput = AutomationConfig & {
  name: string;
  companyId: string | null;
  /** Ignored (stored as none) for a data sync to the GoHighLevel CRM. */
  destinationId: string | null;
  cron: string;
};

const syncsToCrm = (input: AutomationInput) => input.type === "DATA_SYNC" && syncTargetOf(input.config) === "ghl_crm";

async function checkDestination(input: AutomationInput): Promise<void> {
  if (syncsToCrm(input)) {
    const crm = await ghlCrmAvailability();
    if (!crm.available) throw new UserFacingError(`The GoHighLevel CRM is not available: ${crm.reason}`);
    return;
  }
  const destination = input.destinationId ? await db.destination.findUnique({ where: { id: input.destinationId }, select: { type: true } }) : null;
  if (!destination) throw new UserFacingError("Choose a destination: the one selected no longer exists.");
  if (input.type === "DATA_SYNC" && destination.type !== "WEBHOOK") {
    throw new UserFacingError("A data sync pushes records as JSON: choose a webhook destination, or the GoHighLevel CRM.");
  }
}

async function checkedInput(input: AutomationInput): Promise<void> {
  try {
    assertValidCron(input.cron);
  } catch (error) {
    if (error instanceof InvalidScheduleError) throw new UserFacingError(error.message);
    throw error;
  }
  await checkDestination(input);
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
    destinationId: syncsToCrm(input) ? null : input.destinationId,
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

/** The type (and a sync's target) is fixed at creation: history and the sync cursor belong to it. Everything else can change. */
export async function updateAutomation(id: string, input: AutomationInput, now = new Date()): Promise<Automation> {
  const existing = await existingAutomation(id);
  if (existing.type !== input.type) throw new UserFacingError("An automation's type cannot change: create a new one instead.");
  if (input.type === "DATA_SYNC" && syncTargetOf(syncConfigSchema.parse(existing.config)) !== syncTargetOf(input.config)) {
    throw new UserFacingError("A data sync's target cannot change (its cursor belongs to it): create a new sync instead.");
  }
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
