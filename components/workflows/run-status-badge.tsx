import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { WorkflowRunStatus } from "@/lib/generated/prisma/client";

export const RUN_STATUS_LABELS: Record<WorkflowRunStatus, string> = {
  QUEUED: "Queued",
  RUNNING: "Running",
  SLEEPING: "Waiting",
  COMPLETED: "Completed",
  FAILED: "Failed",
  CANCELLED: "Cancelled",
};

const variants: Record<WorkflowRunStatus, BadgeVariant> = {
  QUEUED: "outline",
  RUNNING: "default",
  SLEEPING: "secondary",
  COMPLETED: "success",
  FAILED: "destructive",
  CANCELLED: "outline",
};

export function RunStatusBadge({ status }: { status: WorkflowRunStatus }) {
  return <Badge variant={variants[status]}>{RUN_STATUS_LABELS[status]}</Badge>;
}
