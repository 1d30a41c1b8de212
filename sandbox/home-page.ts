import { escapeHtml, renderPage } from "./core/html";
import type { ProviderSimulator } from "./core/provider-simulator";

/** `GET /`: what is simulated where, for humans running the demo. */
export function renderHomePage(simulators: readonly ProviderSimulator[]): string {
  const items = simulators
    .map((simulator) => {
      const pages = simulator.humanPages
        .map((page) => ` · <a href="${escapeHtml(page.path)}">${escapeHtml(page.label)}</a>`)
        .join("");
      return `<li><code>/${escapeHtml(simulator.name)}</code> (${escapeHtml(simulator.baseUrlEnvVar)})${pages}</li>`;
    })
    .join("");
  return renderPage(
    "Provider sandbox",
    `<h1>Provider sandbox</h1><ul>${items}</ul><p>Control API: <code>/_control</code> (requests, faults, clock, reset).</p>`,
  );
}
