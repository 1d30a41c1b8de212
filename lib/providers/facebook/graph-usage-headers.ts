import { z } from "zod";
import { numberFromProviderSchema } from "../core/provider-numbers";

const usagePercent = numberFromProviderSchema.optional().catch(undefined);

/** `X-App-Usage: {"call_count":100,"total_cputime":12,"total_time":15}`, each a percentage of the app's hourly budget. */
const appUsageSchema = z.object({
  call_count: usagePercent,
  total_cputime: usagePercent,
  total_time: usagePercent,
});

/**
 * `X-Business-Use-Case-Usage: {"<business id>":[{"type":"pages","call_count":100,...,"estimated_time_to_regain_access":19}]}`,
 * the estimate in minutes.
 */
const businessUseCaseUsageSchema = z.record(
  z.string(),
  z.array(
    z.object({
      type: z.string().optional().catch(undefined),
      call_count: usagePercent,
      total_cputime: usagePercent,
      total_time: usagePercent,
      estimated_time_to_regain_access: usagePercent,
    }),
  ),
);

export type GraphUsage = {
  /** e.g. `app call_count 100%, total_time 15%; pages call_count 96%`; null when no header was readable. */
  summary: string | null;
  /** From the business use case header; null when Graph gave no estimate. */
  secondsUntilAccessRegained: number | null;
};

type UsageFigures = { call_count?: number; total_cputime?: number; total_time?: number };

function parseJsonHeader<TSchema extends z.ZodType>(value: string | null, schema: TSchema): z.output<TSchema> | null {
  if (value === null) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function describeFigures(label: string, figures: UsageFigures): string | null {
  const parts = (["call_count", "total_cputime", "total_time"] as const)
    .filter((name) => figures[name] !== undefined)
    .map((name) => `${name} ${figures[name]}%`);
  return parts.length === 0 ? null : `${label} ${parts.join(", ")}`;
}

/** What Graph's usage headers say about a throttled app; unreadable headers are ignored. */
export function readGraphUsage(headers: Headers): GraphUsage {
  const appUsage = parseJsonHeader(headers.get("x-app-usage"), appUsageSchema);
  const businessUsage = parseJsonHeader(headers.get("x-business-use-case-usage"), businessUseCaseUsageSchema);
  const useCases = businessUsage === null ? [] : Object.values(businessUsage).flat();

  const descriptions = [
    appUsage === null ? null : describeFigures("app", appUsage),
    ...useCases.map((useCase) => describeFigures(useCase.type ?? "business use case", useCase)),
  ].filter((description): description is string => description !== null);

  const estimatesInMinutes = useCases
    .map((useCase) => useCase.estimated_time_to_regain_access)
    .filter((minutes): minutes is number => minutes !== undefined && minutes > 0);

  return {
    summary: descriptions.length === 0 ? null : descriptions.join("; "),
    secondsUntilAccessRegained: estimatesInMinutes.length === 0 ? null : Math.ceil(Math.max(...estimatesInMinutes) * 60),
  };
}
