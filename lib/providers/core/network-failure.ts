import { z } from "zod";

/** Failures that happen before a request leaves this machine: the provider cannot have acted. */
const CONNECT_FAILURE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENETUNREACH",
  "EHOSTUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/** Node's fetch rejects with `TypeError("fetch failed")` whose `cause` is the system error. */
const errorWithSystemCause = z.object({ cause: z.object({ code: z.string() }) });

export type NetworkFailure = {
  message: string;
  /** True when the request may have reached the provider. */
  ambiguous: boolean;
};

/** Explains a rejected fetch or body read without echoing anything from the request. */
export function describeNetworkFailure(error: unknown, timeoutMs: number): NetworkFailure {
  const name = error instanceof Error ? error.name : undefined;
  if (name === "TimeoutError" || name === "AbortError") {
    return { message: `No response within ${timeoutMs} ms`, ambiguous: true };
  }
  const withCause = errorWithSystemCause.safeParse(error);
  const code = withCause.success ? withCause.data.cause.code : undefined;
  if (code !== undefined && CONNECT_FAILURE_CODES.has(code)) {
    return { message: `Could not connect (${code})`, ambiguous: false };
  }
  return { message: `Network error (${code ?? "connection lost"})`, ambiguous: true };
}
