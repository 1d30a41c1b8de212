/**
 * `base` + `path` + query. The base may carry a path of its own (the sandbox serves Graph
 * under `/facebook/graph`), which `new URL(path, base)` would drop.
 */
export function buildProviderUrl(base: string, path: string, query: Readonly<Record<string, string>> = {}): string {
  const url = new URL(`${base.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
