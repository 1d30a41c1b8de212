import { z } from "zod";
import { firstParam, type SearchParams } from "@/lib/list-query";
import type { RunFilters } from "./automation-queries";

export const RUN_STATUS_OPTIONS = [
  ["SUCCEEDED", "Succeeded"],
  ["FAILED", "Failed"],
  ["RUNNING", "Running"],
  ["PENDING", "Pending"],
] as const;

export const RUN_TRIGGER_OPTIONS = [
  ["schedule", "Schedule"],
  ["manual", "Run now"],
  ["alert", "Alert"],
] as const;

/** Filters from the URL; anything unknown is ignored rather than refused. */
export function runFiltersFrom(params: SearchParams): RunFilters {
  return {
    automationId: z.string().max(64).optional().catch(undefined).parse(firstParam(params, "automation")),
    status: z.enum(["SUCCEEDED", "FAILED", "RUNNING", "PENDING"]).optional().catch(undefined).parse(firstParam(params, "status")),
    trigger: z.enum(["schedule", "manual", "alert"]).optional().catch(undefined).parse(firstParam(params, "trigger")),
  };
}
