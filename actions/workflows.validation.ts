import { z } from "zod";

export const workflowRunIdSchema = z.object({ runId: z.uuid("This is not a workflow run id.") });
