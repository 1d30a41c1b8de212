/**
 * Preloaded (`node --import`) by benchmarks that render with @react-pdf: React's react-server
 * build lacks what react-pdf's reconciler needs, so those run without
 * `--conditions=react-server`, and this hook resolves the `server-only` marker as Next's
 * server layer does instead (to its empty module).
 */
import { register } from "node:module";

const empty = new URL("../../node_modules/server-only/empty.js", import.meta.url).href;
const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`, import.meta.url);
