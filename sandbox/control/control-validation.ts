import type { Context } from "hono";
import type { z } from "zod";

type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length === 0 ? issue.message : `${issue.path.join(".")}: ${issue.message}`))
    .join("; ");
}

function invalidRequest(c: Context, error: z.ZodError): Response {
  const issues = error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  return c.json({ error: "invalid_request", message: describeIssues(error), issues }, 400);
}

/** Parses a control request's JSON body (an empty body counts as `{}`) or explains the problem with a 400. */
export async function parseJsonBody<TSchema extends z.ZodType>(
  c: Context,
  schema: TSchema,
): Promise<Parsed<z.output<TSchema>>> {
  const text = await c.req.text();
  let json: unknown = {};
  if (text.trim().length > 0) {
    try {
      json = JSON.parse(text);
    } catch {
      return { ok: false, response: c.json({ error: "invalid_json", message: "Request body must be JSON" }, 400) };
    }
  }
  const result = schema.safeParse(json);
  return result.success ? { ok: true, data: result.data } : { ok: false, response: invalidRequest(c, result.error) };
}

/** Parses a control request's query string or explains the problem with a 400. */
export function parseQuery<TSchema extends z.ZodType>(c: Context, schema: TSchema): Parsed<z.output<TSchema>> {
  const result = schema.safeParse(c.req.query());
  return result.success ? { ok: true, data: result.data } : { ok: false, response: invalidRequest(c, result.error) };
}
