"use server";

import { redirect } from "next/navigation";
import {
  createAutomation,
  deleteAutomation,
  pauseAutomation,
  previewSchedule,
  resumeAutomation,
  runAutomationNow,
  updateAutomation,
} from "@/lib/automations";
import { UserFacingError } from "@/lib/errors";
import { AUTOMATION_LIST_FIELDS } from "@/lib/automations/automation-form-fields";
import { formInput } from "@/lib/forms/form-fields";
import { InvalidScheduleError } from "@/lib/automations/schedule";
import { adminActionClient } from "./safe-action";
import { automationIdSchema, automationSchema, schedulePreviewSchema, updateAutomationSchema } from "./automations.validation";

export const createAutomationAction = adminActionClient
  .metadata({ actionName: "createAutomation" })
  .inputSchema(formInput(automationSchema, AUTOMATION_LIST_FIELDS))
  .stateAction(async ({ parsedInput }) => {
    await createAutomation(parsedInput);
    // The list shows it with its next run; a redirect also serves a form posted before JavaScript loaded.
    redirect("/automations");
  });

export const updateAutomationAction = adminActionClient
  .metadata({ actionName: "updateAutomation" })
  .inputSchema(formInput(updateAutomationSchema, AUTOMATION_LIST_FIELDS))
  .stateAction(async ({ parsedInput }) => {
    await updateAutomation(parsedInput.id, parsedInput.automation);
    redirect("/automations");
  });

export const pauseAutomationAction = adminActionClient
  .metadata({ actionName: "pauseAutomation" })
  .inputSchema(automationIdSchema)
  .action(async ({ parsedInput }) => {
    const automation = await pauseAutomation(parsedInput.id);
    return { message: `"${automation.name}" is paused.` };
  });

export const resumeAutomationAction = adminActionClient
  .metadata({ actionName: "resumeAutomation" })
  .inputSchema(automationIdSchema)
  .action(async ({ parsedInput }) => {
    const automation = await resumeAutomation(parsedInput.id);
    return { message: `"${automation.name}" is running again.` };
  });

export const deleteAutomationAction = adminActionClient
  .metadata({ actionName: "deleteAutomation" })
  .inputSchema(automationIdSchema)
  .action(async ({ parsedInput }) => {
    const { name } = await deleteAutomation(parsedInput.id);
    return { message: `"${name}" and its run history were deleted.` };
  });

export const runAutomationNowAction = adminActionClient
  .metadata({ actionName: "runAutomationNow" })
  .inputSchema(automationIdSchema)
  .action(async ({ parsedInput }) => {
    const run = await runAutomationNow(parsedInput.id);
    if (run.status === "FAILED") throw new UserFacingError(`The run failed: ${run.summary}`);
    return { message: `Run finished: ${run.summary}.` };
  });

export const previewScheduleAction = adminActionClient
  .metadata({ actionName: "previewSchedule" })
  .inputSchema(schedulePreviewSchema)
  .action(async ({ parsedInput }) => {
    try {
      const preview = await previewSchedule(parsedInput.cron);
      return { description: preview.description, timezone: preview.timezone, nextRuns: preview.nextRuns.map((date) => date.toISOString()) };
    } catch (error) {
      if (error instanceof InvalidScheduleError) throw new UserFacingError(error.message);
      throw error;
    }
  });
