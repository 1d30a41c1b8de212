function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether a request path matches a pattern in which `*` stands for any run of characters
 * within one path segment: `/emails/*` matches `/emails/123`, `/bot*\/sendMessage` matches
 * `/bot42:abc/sendMessage`. A trailing slash is ignored on both sides.
 */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const normalize = (value: string): string => (value.length > 1 ? value.replace(/\/+$/, "") : value);
  const source = normalize(pattern).split("*").map(escapeRegExp).join("[^/]*");
  return new RegExp(`^${source}$`).test(normalize(path));
}
