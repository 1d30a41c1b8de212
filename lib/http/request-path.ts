/** Set by proxy.ts on every page request (overwriting anything a client sent): the path and query asked for. */
export const REQUEST_PATH_HEADER = "x-social-scale-path";

/** Where to come back to after signing in: an internal path only, never the sign-in pages themselves. */
export function returnPathFrom(value: string | null | undefined): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return undefined;
  if (/^\/(login|register|forgot-password|reset-password)(\/|\?|$)/.test(value)) return undefined;
  return value.length <= 2000 ? value : undefined;
}
