import type { GraphErrorSpec } from "./graph-errors";

export type FieldSelection = { ok: true; body: Record<string, unknown> } | { ok: false; error: GraphErrorSpec };

/**
 * What Graph returns for `?fields=a,b`: the id plus the requested fields the node has (a field
 * with no value, like a missing `instagram_business_account`, is left out), or the default
 * fields without `fields`. A field the node type does not have is an error, as on Graph.
 *
 * @param node every field of the node type, `undefined` where this node has no value
 */
export function selectFields(
  nodeType: string,
  node: Readonly<Record<string, unknown>>,
  requested: string | undefined,
  defaultFields: readonly string[],
): FieldSelection {
  const names =
    requested === undefined
      ? defaultFields
      : requested
          .split(",")
          .map((name) => name.trim())
          .filter((name) => name.length > 0);
  const body: Record<string, unknown> = { id: node.id };
  for (const name of names) {
    if (!Object.hasOwn(node, name)) {
      return { ok: false, error: { code: 100, message: `(#100) Tried accessing nonexisting field (${name}) on node type (${nodeType})` } };
    }
    if (node[name] !== undefined) body[name] = node[name];
  }
  return { ok: true, body };
}
