import { escapeHtml } from "@/lib/mail/escape-html";
import type { OutgoingMessage } from "./outgoing-message";

/** The HTML and text bodies of an automation e-mail; every value is escaped in the HTML. */
export function automationEmail(message: OutgoingMessage): { subject: string; text: string; html: string } {
  const link = message.href ? [`Open in Social Scale: ${message.href}`] : [];
  const paragraphs = message.lines.map((line) => (line === "" ? "<br>" : `<p style="margin:0 0 4px">${escapeHtml(line)}</p>`));
  const htmlLink = message.href ? `<p><a href="${escapeHtml(message.href)}">Open in Social Scale</a></p>` : "";
  return {
    subject: message.title,
    text: [message.title, "", ...message.lines, "", ...link].join("\n"),
    html: `<h1 style="font-size:18px">${escapeHtml(message.title)}</h1>\n${paragraphs.join("\n")}\n${htmlLink}`,
  };
}
