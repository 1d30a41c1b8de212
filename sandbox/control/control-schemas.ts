import { z } from "zod";
import { FAULT_MODES } from "../core/fault-plan";

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const TEN_YEARS_IN_SECONDS = 10 * 365 * 24 * 3600;

/** `POST /_control/faults` body; `provider` must be one of the simulated providers. */
export function createFaultInputSchema(providerNames: readonly string[]) {
  return z.strictObject({
    provider: z.string().refine((name) => providerNames.includes(name), {
      message: `Unknown provider; simulated providers are: ${providerNames.join(", ")}`,
    }),
    method: z.string().toUpperCase().pipe(z.enum(HTTP_METHODS)).optional(),
    path: z.string().startsWith("/", { message: "Path must start with / (inside the provider's mount)" }),
    count: z.number().int().min(1).max(1000).default(1),
    mode: z.enum(FAULT_MODES),
    retryAfterSeconds: z.number().int().min(0).max(86_400).default(1),
  });
}
export type FaultInput = z.input<ReturnType<typeof createFaultInputSchema>>;

export const clockAdvanceSchema = z.strictObject({
  seconds: z.number().min(0).max(TEN_YEARS_IN_SECONDS),
});

export const journalQuerySchema = z.object({
  provider: z.string().min(1).optional(),
  path: z.string().min(1).optional(),
});

export const clockStateSchema = z.object({
  /** Sandbox time, ISO 8601. */
  now: z.string(),
  offsetSeconds: z.number(),
});
export type ClockState = z.infer<typeof clockStateSchema>;

/** `PUT /_control/latency` body: every provider's answers (or one provider's) take `ms` longer. */
export function createLatencyInputSchema(providerNames: readonly string[]) {
  return z.strictObject({
    provider: z
      .string()
      .refine((name) => providerNames.includes(name), {
        message: `Unknown provider; simulated providers are: ${providerNames.join(", ")}`,
      })
      .optional(),
    ms: z.number().int().min(0).max(60_000),
  });
}

export const latencyStateSchema = z.object({ defaultMs: z.number(), byProvider: z.record(z.string(), z.number()) });
export type LatencyState = z.infer<typeof latencyStateSchema>;

/** `GET /_control/counters` answer: requests received per provider and `METHOD /path`. */
export const requestCountersSchema = z.object({ counters: z.record(z.string(), z.record(z.string(), z.number())) });
export type RequestCounters = z.infer<typeof requestCountersSchema>["counters"];
