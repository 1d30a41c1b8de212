import { isSensitiveField, REDACTED } from "@/lib/providers/core/redaction";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A log line's fields with every secret-named field (password, token, accessToken,
 * client_secret, authorization, cookie, apiKey, an OAuth `code`...) replaced, at any
 * depth. Errors become their name and message: a stack trace is noise in a log line
 * and a thrown provider error may carry a request.
 */
export function redactLogFields(value: unknown): unknown {
  if (value instanceof Error) return { type: value.name, message: value.message };
  if (Array.isArray(value)) return value.map(redactLogFields);
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    const hidden = fieldValue !== null && fieldValue !== undefined && isSensitiveField(field, fieldValue);
    copy[field] = hidden ? REDACTED : redactLogFields(fieldValue);
  }
  return copy;
}
