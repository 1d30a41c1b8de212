import type { MiddlewareHandler } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { z } from "zod";
import { matchesPathPattern } from "../../core/path-pattern";
import type { GraphErrorResponder, GraphErrorSpec } from "./graph-errors";

/**
 * `POST /_control/<facebook|instagram>/errors`: answer upcoming Graph requests with a chosen Graph
 * error (the generic fault modes cannot say "code 613" or send usage headers).
 */
export const injectedGraphErrorInputSchema = z.strictObject({
  /** Inside the provider's mount, `*` matching within a segment: `/graph/*\/me/accounts`. */
  path: z.string().startsWith("/"),
  method: z.enum(["GET", "POST"]).optional(),
  code: z.number().int().positive(),
  subcode: z.number().int().positive().optional(),
  message: z.string().min(1).optional(),
  /** The statuses Graph answers errors with; default 500 for codes 1 and 2, 400 otherwise. */
  status: z.literal([200, 400, 401, 403, 429, 500, 503]).optional(),
  /** e.g. `x-app-usage`, `x-business-use-case-usage`; code 4 gets a full `x-app-usage` unless given. */
  headers: z.record(z.string(), z.string()).default({}),
  count: z.number().int().min(1).max(1000).default(1),
});
export type InjectedGraphErrorInput = z.input<typeof injectedGraphErrorInputSchema>;

type InjectedGraphError = {
  path: string;
  method: string | null;
  spec: GraphErrorSpec;
  status: ContentfulStatusCode;
  headers: Record<string, string>;
  remaining: number;
};

const DEFAULT_MESSAGES: ReadonlyMap<number, string> = new Map([
  [1, "An unknown error occurred"],
  [2, "An unexpected error has occurred. Please retry your request later."],
  [4, "(#4) Application request limit reached"],
  [17, "(#17) User request limit reached"],
  [32, "(#32) Page request limit reached"],
  [613, "(#613) Calls to this api have exceeded the rate limit."],
]);

const FULL_APP_USAGE = JSON.stringify({ call_count: 100, total_cputime: 9, total_time: 12 });

function withDefaults(input: z.output<typeof injectedGraphErrorInputSchema>): InjectedGraphError {
  const headers = Object.fromEntries(Object.entries(input.headers).map(([name, value]) => [name.toLowerCase(), value]));
  if (input.code === 4) headers["x-app-usage"] ??= FULL_APP_USAGE;
  return {
    path: input.path,
    method: input.method ?? null,
    spec: {
      code: input.code,
      subcode: input.subcode,
      message: input.message ?? DEFAULT_MESSAGES.get(input.code) ?? `(#${input.code}) Sandbox-injected Graph error`,
    },
    status: input.status ?? (input.code === 1 || input.code === 2 ? 500 : 400),
    headers,
    remaining: input.count,
  };
}

/** Scheduled Graph errors, used up one matching request at a time in the order they were added. */
export class GraphErrorInjector {
  #pending: InjectedGraphError[] = [];

  add(input: z.output<typeof injectedGraphErrorInputSchema>): void {
    this.#pending.push(withDefaults(input));
  }

  take(method: string, path: string): InjectedGraphError | null {
    const match = this.#pending.find(
      (error) => (error.method === null || error.method === method) && matchesPathPattern(error.path, path),
    );
    if (match === undefined) return null;
    match.remaining -= 1;
    if (match.remaining <= 0) this.#pending = this.#pending.filter((error) => error !== match);
    return match;
  }

  clear(): void {
    this.#pending = [];
  }
}

/** Answers a request with the next injected error that matches it, if any. */
export function injectGraphErrors(injector: GraphErrorInjector, respond: GraphErrorResponder): MiddlewareHandler {
  return async (c, next) => {
    const injected = injector.take(c.req.method, c.req.path);
    if (injected !== null) return respond(c, injected.status, injected.spec, injected.headers);
    await next();
  };
}
