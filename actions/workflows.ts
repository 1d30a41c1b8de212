"use server";

import { retryWorkflowRun } from "@/lib/workflows/retry-run";
import { adminActionClient } from "./safe-action";
import { workflowRunIdSchema } from "./workflows.validation";

export const retryWorkflowRunAction = adminActionClient
  .metadata({ actionName: "retryWorkflowRun" })
  .inputSchema(workflowRunIdSchema)
  .action(async ({ parsedInput }) => {
    await retryWorkflowRun(parsedInput.runId);
    return { message: "Run queued again: it resumes at the step that failed." };
  });
