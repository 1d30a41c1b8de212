import type { InngestFunction } from "inngest";

/** Inngest's default when a function declares no `retries`. */
const DEFAULT_RETRIES = 4;

export type ConcurrencyRule = { limit: number; keyPath: string[] | null };

export type RegisteredFunction = {
  id: string;
  fn: InngestFunction.Any;
  events: string[];
  crons: string[];
  maxAttempts: number;
  concurrency: ConcurrencyRule[];
};

export class UnsupportedFunctionError extends Error {
  override name = "UnsupportedFunctionError";
}

type RawConcurrency = number | { limit: number; key?: string; scope?: string };
type RawTrigger = { event?: string; cron?: string; if?: string };
type RawOptions = { id: string; triggers?: RawTrigger[]; retries?: number; concurrency?: RawConcurrency | RawConcurrency[] };

/** `event.data.accountId` → ["data", "accountId"]: the key expressions the embedded runner evaluates. */
function keyPathOf(functionId: string, key: string): string[] {
  const match = /^event\.(data(?:\.[A-Za-z_$][\w$]*)+)$/.exec(key.trim());
  if (!match?.[1]) {
    throw new UnsupportedFunctionError(`${functionId}: concurrency key "${key}" must be a path like event.data.accountId to run on the embedded runner.`);
  }
  return match[1].split(".");
}

function concurrencyRules(options: RawOptions): ConcurrencyRule[] {
  const raw = options.concurrency === undefined ? [] : Array.isArray(options.concurrency) ? options.concurrency : [options.concurrency];
  const rules = raw.map((rule) =>
    typeof rule === "number" ? { limit: rule, keyPath: null } : { limit: rule.limit, keyPath: rule.key ? keyPathOf(options.id, rule.key) : null },
  );
  if (rules.filter((rule) => rule.keyPath).length > 1) {
    throw new UnsupportedFunctionError(`${options.id}: the embedded runner honours one keyed concurrency limit per function.`);
  }
  return rules;
}

/**
 * What the embedded runner needs to know of each function, read from the very
 * definitions served to Inngest. Features it cannot honour fail here, at start,
 * rather than being silently ignored.
 */
export function registerFunctions(functions: InngestFunction.Any[]): Map<string, RegisteredFunction> {
  const registry = new Map<string, RegisteredFunction>();
  for (const fn of functions) {
    const options = (fn as unknown as { opts: RawOptions }).opts;
    const triggers = options.triggers ?? [];
    if (triggers.some((trigger) => trigger.if)) {
      throw new UnsupportedFunctionError(`${options.id}: trigger conditions ("if") are not supported by the embedded runner.`);
    }
    if (registry.has(options.id)) throw new UnsupportedFunctionError(`Two functions share the id ${options.id}.`);
    registry.set(options.id, {
      id: options.id,
      fn,
      events: triggers.flatMap((trigger) => (trigger.event ? [trigger.event] : [])),
      crons: triggers.flatMap((trigger) => (trigger.cron ? [trigger.cron] : [])),
      maxAttempts: (options.retries ?? DEFAULT_RETRIES) + 1,
      concurrency: concurrencyRules(options),
    });
  }
  return registry;
}

/** The run's value for the function's keyed concurrency limit ("" when it has none). */
export function concurrencyKeyOf(registered: RegisteredFunction, event: { data?: unknown }): string {
  const rule = registered.concurrency.find((candidate) => candidate.keyPath);
  if (!rule?.keyPath) return "";
  let value: unknown = event;
  for (const part of rule.keyPath) value = value && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  return value === undefined || value === null ? "" : String(value);
}

/** The id a function was declared with (Inngest prefixes it with the app id on its side). */
export function functionIdOf(fn: InngestFunction.Any): string {
  return (fn as unknown as { opts: RawOptions }).opts.id;
}
