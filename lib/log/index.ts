import pino, { type DestinationStream } from "pino";
import { z } from "zod";
import { currentLogContext } from "./log-context";
import { redactLogFields } from "./redact-log-fields";

export { withLogContext } from "./log-context";

/** Read here, not through lib/env: the logger must work to report a broken environment. */
const logLevelSchema = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).catch("info");

/**
 * The logger for every line the server writes: one JSON object per line with the
 * request id and action name of the work in progress (see withLogContext) and secret
 * fields redacted. Synchronous writes, so the last line before a crash or exit is kept;
 * no transport (those run in worker threads Next's bundling does not ship).
 */
export function createLogger(destination: DestinationStream = pino.destination({ dest: 1, sync: true })) {
  return pino(
    {
      level: logLevelSchema.parse(process.env.LOG_LEVEL),
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => redactLogFields(fields) as Record<string, unknown> },
      mixin: () => currentLogContext(),
    },
    destination,
  );
}

export const log = createLogger();

/** An error as two log fields, never its stack: `{ error: "TypeError", reason: "..." }`. */
export function errorFields(error: unknown): { error: string; reason: string } {
  return error instanceof Error ? { error: error.name, reason: error.message } : { error: "thrown value", reason: String(error) };
}
