import { Hono } from "hono";
import { escapeHtml, PAGE_SECURITY_HEADERS, renderPage } from "../../core/html";
import type { StoredMessage, TelegramStore } from "./telegram-store";

/** The text is shown as sent, markup included: the page is for checking what went out. */
function renderRow(message: StoredMessage): string {
  const sentAt = new Date(message.sentAtMs).toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
  return `<tr data-testid="telegram-message">
  <td>${escapeHtml(sentAt)}</td>
  <td><code>${escapeHtml(String(message.chatId))}</code></td>
  <td>${escapeHtml(message.parseMode ?? "plain")}</td>
  <td><pre>${escapeHtml(message.text)}</pre></td>
</tr>`;
}

function renderMessagesPage(messages: readonly StoredMessage[]): string {
  const table =
    messages.length === 0
      ? `<p class="empty">The bot has not sent anything yet.</p>`
      : `<table><thead><tr><th>Sent</th><th>Chat</th><th>Format</th><th>Text</th></tr></thead><tbody>
${messages.map(renderRow).join("\n")}
</tbody></table>`;
  return renderPage(
    "Sandbox Telegram bot",
    `<h1>Sandbox Telegram bot</h1>\n<p>Messages sent through the simulated Bot API, newest first.</p>\n${table}`,
  );
}

/** `<mount>/messages`: what the bot sent, for humans running the demo. */
export function createTelegramPages(store: TelegramStore): Hono {
  const pages = new Hono();
  pages.get("/messages", (c) => c.html(renderMessagesPage(store.messages().reverse()), 200, PAGE_SECURITY_HEADERS));
  return pages;
}
