import { escapeHtml } from "@/lib/mail/escape-html";

export function socialReconnectLinkEmail(input: {
  contactName: string | null;
  agencyName: string;
  accountLabel: string;
  reconnectUrl: string;
  validHours: number;
}) {
  const greeting = input.contactName ? `Hello ${input.contactName},` : "Hello,";
  const url = escapeHtml(input.reconnectUrl);
  return {
    subject: `Please reconnect ${input.accountLabel}`,
    text: [
      greeting,
      "",
      `${input.agencyName} manages ${input.accountLabel} for you, and its connection has stopped working (or is about to).`,
      `Open this link within ${input.validHours} hours and sign in to the account to reconnect it; no console login is needed:`,
      input.reconnectUrl,
      "",
      "The link works once. If you did not expect this e-mail, you can ignore it.",
    ].join("\n"),
    html: `<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(input.agencyName)} manages ${escapeHtml(input.accountLabel)} for you, and its connection has stopped working (or is about to).</p>
<p><a href="${url}">Reconnect ${escapeHtml(input.accountLabel)}</a> (no console login needed; the link works once, for ${input.validHours} hours).</p>
<p>If you did not expect this e-mail, you can ignore it.</p>`,
  };
}
