/** What every secret is replaced with in logs, log records and the sandbox journal. */
export const REDACTED = "[REDACTED]";

const SENSITIVE_NAMES = new Set([
  "key",
  "apikey",
  "token",
  "tokenid",
  "password",
  "passwd",
  "secret",
  "clientsecret",
  "appsecret",
  "authorization",
  "proxyauthorization",
  "cookie",
  "setcookie",
  "codeverifier",
  "privatekey",
  // HMAC of a token with the app secret: replayable alongside the token.
  "appsecretproof",
]);

const SENSITIVE_SUFFIXES = ["token", "secret", "password", "apikey"];

/** Lower-case and drop separators so `client_secret`, `Client-Secret` and `clientSecret` compare equal. */
function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/**
 * Whether a field (JSON key, form field, query parameter or header) holds a secret.
 * Covers key, api_key, token, access_token, refresh_token, fb_exchange_token, input_token,
 * firebase_token, token-id, password, secret, client_secret, authorization, cookie, ...
 */
export function isSensitiveField(name: string, value: unknown): boolean {
  const normalized = normalizeFieldName(name);
  // An OAuth authorization `code` is a string; numeric `code`s are provider error codes
  // (Graph's 190) that the integration log must keep readable.
  if (normalized === "code") return typeof value === "string";
  return SENSITIVE_NAMES.has(normalized) || SENSITIVE_SUFFIXES.some((suffix) => normalized.endsWith(suffix));
}

/** The spellings a secret can take inside a URL or a form body, longest first. */
function secretVariants(knownSecrets: readonly string[]): string[] {
  const variants = new Set<string>();
  for (const secret of knownSecrets) {
    if (secret.length === 0) continue;
    variants.add(secret);
    variants.add(encodeURIComponent(secret));
    variants.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  return [...variants].sort((a, b) => b.length - a.length);
}

/** Replaces every literal occurrence of a known secret (raw or URL-encoded) in free text. */
export function maskKnownSecrets(text: string, knownSecrets: readonly string[]): string {
  let masked = text;
  for (const variant of secretVariants(knownSecrets)) {
    masked = masked.split(variant).join(REDACTED);
  }
  return masked;
}

/**
 * Deep copy of a JSON-like value with sensitive fields replaced by REDACTED and known
 * secret values masked wherever they occur in strings.
 */
export function redactSecrets(value: unknown, knownSecrets: readonly string[] = []): unknown {
  if (typeof value === "string") return maskKnownSecrets(value, knownSecrets);
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, knownSecrets));
  if (value !== null && typeof value === "object") {
    const copy: Record<string, unknown> = {};
    for (const [field, fieldValue] of Object.entries(value)) {
      const hidden = fieldValue !== null && fieldValue !== undefined && isSensitiveField(field, fieldValue);
      copy[field] = hidden ? REDACTED : redactSecrets(fieldValue, knownSecrets);
    }
    return copy;
  }
  return value;
}

function redactQueryParameter(parameter: string): string {
  const separator = parameter.indexOf("=");
  if (separator === -1) return parameter;
  const rawName = parameter.slice(0, separator);
  const rawValue = parameter.slice(separator + 1);
  return isSensitiveField(safeDecode(rawName), safeDecode(rawValue)) ? `${rawName}=${REDACTED}` : parameter;
}

function safeDecode(component: string): string {
  try {
    return decodeURIComponent(component.replace(/\+/g, " "));
  } catch {
    return component;
  }
}

/**
 * The URL with sensitive query parameters replaced by REDACTED and known secrets masked
 * anywhere (Telegram, for one, puts the bot token in the path).
 */
export function redactUrl(url: string, knownSecrets: readonly string[] = []): string {
  const queryStart = url.indexOf("?");
  if (queryStart === -1) return maskKnownSecrets(url, knownSecrets);
  const fragmentStart = url.indexOf("#", queryStart);
  const queryEnd = fragmentStart === -1 ? url.length : fragmentStart;
  const query = url
    .slice(queryStart + 1, queryEnd)
    .split("&")
    .map(redactQueryParameter)
    .join("&");
  return maskKnownSecrets(`${url.slice(0, queryStart + 1)}${query}${url.slice(queryEnd)}`, knownSecrets);
}
