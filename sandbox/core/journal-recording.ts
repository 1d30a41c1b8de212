import type { Context } from "hono";
import { REDACTED, isSensitiveField, redactSecrets } from "../../lib/providers/core/redaction";
import type { JournalEntry } from "./request-journal";

function maskHeaderValue(value: string): string {
  const scheme = /^(Bearer|Basic|Bot|token)\s+/i.exec(value);
  return scheme === null ? REDACTED : `${scheme[1]} ${REDACTED}`;
}

function maskedHeaders(headers: Headers): Record<string, string> {
  const masked: Record<string, string> = {};
  headers.forEach((value, name) => {
    masked[name] = isSensitiveField(name, value) ? maskHeaderValue(value) : value;
  });
  return masked;
}

function parseBodyForJournal(text: string, contentType: string): unknown {
  if (text.length === 0) return null;
  if (contentType.includes("application/json")) {
    try {
      return redactSecrets(JSON.parse(text));
    } catch {
      return text;
    }
  }
  if (contentType.includes("application/x-www-form-urlencoded")) {
    return redactSecrets(Object.fromEntries(new URLSearchParams(text)));
  }
  return text;
}

/**
 * What the journal keeps of a request. The body is read through Hono's request, which keeps
 * it: the simulator's own reads (text, json, form) are served from it, with no copy of the stream.
 */
export async function describeRequestForJournal(
  c: Context,
  provider: string,
  receivedAt: Date,
): Promise<Omit<JournalEntry, "sequence" | "faultInjected">> {
  const url = new URL(c.req.url);
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name).map((value) => (isSensitiveField(name, value) ? REDACTED : value));
    query[name] = values.length === 1 ? (values[0] ?? "") : values;
  }
  const text = await c.req.text();
  return {
    provider,
    method: c.req.method,
    // Telegram puts the bot token in the path (/bot<token>/sendMessage).
    path: url.pathname.replace(/\/bot[^/]+\//, `/bot${REDACTED}/`),
    query,
    headers: maskedHeaders(c.req.raw.headers),
    body: parseBodyForJournal(text, c.req.header("content-type") ?? ""),
    receivedAt: receivedAt.toISOString(),
  };
}
