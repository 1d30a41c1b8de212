import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** Set by proxy.ts on every page request and server action (overwriting anything a client sent), and echoed on the response. */
export const REQUEST_ID_HEADER = "x-request-id";

/**
 * The id proxy.ts gave this request, for its log lines. A fresh one where proxy.ts does
 * not run (route handlers under /api) and outside any request (scripts, tests), where
 * Next's headers() throws.
 */
export async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? randomUUID();
  } catch {
    return randomUUID();
  }
}
