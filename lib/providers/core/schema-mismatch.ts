import type { z } from "zod";

const MAX_REPORTED_ISSUES = 3;

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) => {
      if (typeof segment === "number") return `[${segment}]`;
      const name = String(segment);
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}

/**
 * Names the offending fields of a response that failed its schema, e.g.
 * `Unexpected response shape: field "data[0].id": Invalid input: expected string, received undefined`.
 * Zod's messages describe types, never the received values, so nothing secret leaks.
 */
export function describeSchemaMismatch(error: z.ZodError): string {
  const details = error.issues.slice(0, MAX_REPORTED_ISSUES).map((issue) => {
    const location = issue.path.length === 0 ? "body" : `field "${formatPath(issue.path)}"`;
    return `${location}: ${issue.message}`;
  });
  const more = error.issues.length - details.length;
  const suffix = more > 0 ? ` (and ${more} more)` : "";
  return `Unexpected response shape: ${details.join("; ")}${suffix}`;
}
