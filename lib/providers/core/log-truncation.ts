/** Size limits for what reaches the integration log; rows stay small and readable. */
export const LOG_LIMITS = {
  maxStringChars: 2_000,
  maxArrayItems: 50,
  maxDepth: 8,
  maxTotalChars: 16_000,
  previewChars: 4_000,
  /** Strings at least this long that are pure base64 are attachments or images, not text. */
  minBase64Chars: 200,
} as const;

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const DATA_URL = /^data:[^,;]*;base64,/;

function truncateString(text: string): string {
  if (text.length >= LOG_LIMITS.minBase64Chars && (BASE64.test(text) || DATA_URL.test(text))) {
    return `[base64 omitted: ${text.length} chars]`;
  }
  if (text.length <= LOG_LIMITS.maxStringChars) return text;
  const omitted = text.length - LOG_LIMITS.maxStringChars;
  return `${text.slice(0, LOG_LIMITS.maxStringChars)}…[truncated ${omitted} chars]`;
}

function truncateNode(value: unknown, depth: number): unknown {
  if (typeof value === "string") return truncateString(value);
  if (value === null || typeof value !== "object") return value;
  if (depth >= LOG_LIMITS.maxDepth) return "[truncated: nested too deep]";
  if (Array.isArray(value)) {
    const kept = value.slice(0, LOG_LIMITS.maxArrayItems).map((item) => truncateNode(item, depth + 1));
    const omitted = value.length - kept.length;
    return omitted > 0 ? [...kept, `[truncated ${omitted} more items]`] : kept;
  }
  const copy: Record<string, unknown> = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    copy[field] = truncateNode(fieldValue, depth + 1);
  }
  return copy;
}

/** Marker left in place of a body that is still too large after per-field truncation. */
export type TruncatedBody = { truncated: true; totalChars: number; preview: string };

/**
 * A JSON-like value cut down for logging: long strings shortened with a marker, base64
 * payloads collapsed, long arrays and deep nesting cut, and the whole body replaced by a
 * preview when it is still larger than LOG_LIMITS.maxTotalChars.
 */
export function truncateForLog(value: unknown): unknown {
  const truncated = truncateNode(value, 0);
  const serialized = JSON.stringify(truncated) ?? "";
  if (serialized.length <= LOG_LIMITS.maxTotalChars) return truncated;
  const body: TruncatedBody = {
    truncated: true,
    totalChars: serialized.length,
    preview: serialized.slice(0, LOG_LIMITS.previewChars),
  };
  return body;
}
