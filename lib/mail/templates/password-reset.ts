import { escapeHtml } from "@/lib/mail/escape-html";

export function passwordResetEmail(input: { name: string; resetUrl: string; validMinutes: number }) {
  const name = escapeHtml(input.name);
  const url = escapeHtml(input.resetUrl);
  return {
    subject: "Reset your Social Scale password",
    text: [
      `Hello ${input.name},`,
      "",
      "Someone asked to reset the password of your Social Scale console account.",
      `Open this link within ${input.validMinutes} minutes to choose a new password:`,
      input.resetUrl,
      "",
      "The link works once. If you did not ask for it, ignore this e-mail: your password stays the same.",
    ].join("\n"),
    html: `<p>Hello ${name},</p>
<p>Someone asked to reset the password of your Social Scale console account.</p>
<p><a href="${url}">Choose a new password</a> (the link works once, for ${input.validMinutes} minutes).</p>
<p>If you did not ask for it, ignore this e-mail: your password stays the same.</p>`,
  };
}
