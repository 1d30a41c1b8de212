import { escapeHtml, renderPage } from "../../core/html";
import { attachmentSizeBytes } from "./email-views";
import { extractMailLinks } from "./mail-links";
import type { StoredEmail } from "./resend-store";

/**
 * Mail HTML runs in a sandboxed frame without scripts or same-origin access; links open
 * in a new tab because the frame may not navigate the top document.
 */
const MAIL_FRAME_SANDBOX = "allow-popups allow-popups-to-escape-sandbox";

function formatTime(date: Date): string {
  return date.toISOString().replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

function addressLine(addresses: readonly string[]): string {
  return escapeHtml(addresses.join(", "));
}

export function renderMailboxList(emails: readonly StoredEmail[], mailboxPath: string): string {
  const rows = emails
    .map(
      (email) => `<tr data-testid="mail-row">
  <td>${escapeHtml(formatTime(email.createdAt))}</td>
  <td>${addressLine(email.to)}</td>
  <td><a data-testid="mail-subject" href="${escapeHtml(`${mailboxPath}/${encodeURIComponent(email.id)}`)}">${escapeHtml(email.subject)}</a></td>
</tr>`,
    )
    .join("\n");
  const table =
    emails.length === 0
      ? `<p class="empty">No e-mails received yet.</p>`
      : `<table><thead><tr><th>Received</th><th>To</th><th>Subject</th></tr></thead><tbody>
${rows}
</tbody></table>`;
  return renderPage("Sandbox mailbox", `<h1>Sandbox mailbox</h1>\n<p>E-mails sent through the simulated Resend API, newest first.</p>\n${table}`);
}

function renderHeaders(email: StoredEmail): string {
  const fields: [string, string][] = [
    ["From", escapeHtml(email.from)],
    ["To", addressLine(email.to)],
  ];
  if (email.cc.length > 0) fields.push(["Cc", addressLine(email.cc)]);
  if (email.bcc.length > 0) fields.push(["Bcc", addressLine(email.bcc)]);
  if (email.replyTo.length > 0) fields.push(["Reply-To", addressLine(email.replyTo)]);
  fields.push(["Date", escapeHtml(formatTime(email.createdAt))]);
  if (email.tags.length > 0) {
    fields.push(["Tags", escapeHtml(email.tags.map((tag) => `${tag.name}=${tag.value}`).join(", "))]);
  }
  fields.push(["Id", escapeHtml(email.id)]);
  return `<dl>${fields.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join("")}</dl>`;
}

function renderLinks(email: StoredEmail): string {
  const links = extractMailLinks(email.html, email.text);
  if (links.length === 0) return "";
  const items = links
    .map((link) => `<li><a data-testid="mail-link" href="${escapeHtml(link)}">${escapeHtml(link)}</a></li>`)
    .join("");
  return `<h2>Links</h2><ul>${items}</ul>`;
}

function renderBodies(email: StoredEmail): string {
  const parts: string[] = [];
  if (email.html !== null) {
    const srcdoc = `<base target="_blank">${email.html}`;
    parts.push(
      `<h2>HTML body</h2><iframe data-testid="mail-html" title="Mail body" sandbox="${MAIL_FRAME_SANDBOX}" srcdoc="${escapeHtml(srcdoc)}"></iframe>`,
    );
  }
  if (email.text !== null) {
    parts.push(`<h2>Text body</h2><pre data-testid="mail-text">${escapeHtml(email.text)}</pre>`);
  }
  return parts.join("\n");
}

function renderAttachments(email: StoredEmail, mailPath: string): string {
  if (email.attachments.length === 0) return "";
  const items = email.attachments
    .map((attachment, index) => {
      const href = escapeHtml(`${mailPath}/attachments/${index}`);
      const size = attachmentSizeBytes(attachment.contentBase64);
      return `<li><a data-testid="mail-attachment" href="${href}" download>${escapeHtml(attachment.filename)}</a> (${size} bytes)</li>`;
    })
    .join("");
  return `<h2>Attachments</h2><ul>${items}</ul>`;
}

export function renderMailDetail(email: StoredEmail, mailboxPath: string): string {
  const mailPath = `${mailboxPath}/${encodeURIComponent(email.id)}`;
  const body = [
    `<p><a href="${escapeHtml(mailboxPath)}">← Mailbox</a></p>`,
    `<h1 data-testid="mail-subject">${escapeHtml(email.subject)}</h1>`,
    renderHeaders(email),
    renderLinks(email),
    renderBodies(email),
    renderAttachments(email, mailPath),
  ].join("\n");
  return renderPage(email.subject, body);
}

export function renderMailNotFound(mailboxPath: string): string {
  return renderPage(
    "Mail not found",
    `<h1>Mail not found</h1><p><a href="${escapeHtml(mailboxPath)}">← Mailbox</a></p>`,
  );
}
