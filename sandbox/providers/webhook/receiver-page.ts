import { Hono } from "hono";
import { escapeHtml, PAGE_SECURITY_HEADERS, renderPage } from "../../core/html";
import type { ReceivedDelivery, ReceiverStore } from "./receiver-store";

function renderRow(delivery: ReceivedDelivery): string {
  const receivedAt = new Date(delivery.receivedAtMs).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return `<tr data-testid="webhook-delivery">
  <td>${escapeHtml(receivedAt)}</td>
  <td><code>${escapeHtml(delivery.endpoint)}</code></td>
  <td>${escapeHtml(delivery.event ?? "(none)")}</td>
  <td data-testid="webhook-verdict">${escapeHtml(delivery.verdict === "valid" ? "signature valid" : `signature ${delivery.verdict.replace("_", " ")}`)}</td>
  <td><pre>${escapeHtml(delivery.body)}</pre></td>
</tr>`;
}

/** `<mount>/deliveries`: what the receiver got and whether each signature verified, newest first. */
export function createReceiverPages(store: ReceiverStore): Hono {
  const pages = new Hono();
  pages.get("/deliveries", (c) => {
    const deliveries = store.deliveries().reverse();
    const table =
      deliveries.length === 0
        ? `<p class="empty">Nothing has arrived yet.</p>`
        : `<table><thead><tr><th>Received</th><th>Endpoint</th><th>Event</th><th>Signature</th><th>Body</th></tr></thead><tbody>
${deliveries.map(renderRow).join("\n")}
</tbody></table>`;
    const html = renderPage(
      "Sandbox webhook receiver",
      `<h1>Sandbox webhook receiver</h1>\n<p>POSTs to <code>/webhook/in/&lt;endpoint&gt;</code>, newest first.</p>\n${table}`,
    );
    return c.html(html, 200, PAGE_SECURITY_HEADERS);
  });
  return pages;
}
