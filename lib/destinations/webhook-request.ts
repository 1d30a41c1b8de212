import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { ResolvedWebhookTarget } from "./webhook-target";

export type WebhookResponse =
  | { kind: "answered"; status: number; retryAfterSeconds: number | null; durationMs: number }
  | { kind: "no_answer"; message: string; durationMs: number };

const MAX_RESPONSE_BYTES = 64 * 1024;

/** Connects to the pinned address whatever the name resolves to now (no second DNS lookup). */
function pinnedLookup(target: ResolvedWebhookTarget): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
}

function retryAfterOf(header: string | string[] | undefined): number | null {
  const seconds = Number(Array.isArray(header) ? header[0] : header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/**
 * POSTs once to the resolved target. Redirects are not followed (a 3xx is just an answer),
 * the body read is bounded, and the whole exchange is cut at `timeoutMs`.
 */
export function postWebhook(
  target: ResolvedWebhookTarget,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<WebhookResponse> {
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  const transport = target.url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = transport.request(target.url, {
      method: "POST",
      headers: { ...headers, "content-length": String(Buffer.byteLength(body)) },
      lookup: pinnedLookup(target),
      agent: false,
    });
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on("response", (response) => {
      let received = 0;
      response.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RESPONSE_BYTES) response.destroy();
      });
      const finish = () => {
        clearTimeout(timer);
        resolve({ kind: "answered", status: response.statusCode ?? 0, retryAfterSeconds: retryAfterOf(response.headers["retry-after"]), durationMs: elapsed() });
      };
      response.on("end", finish);
      response.on("close", finish);
    });
    request.on("error", (error) => {
      clearTimeout(timer);
      resolve({ kind: "no_answer", message: error.message, durationMs: elapsed() });
    });
    request.end(body);
  });
}
