import "server-only";
import { env } from "@/lib/env";
import { resendClient } from "@/lib/providers/app-clients";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: Buffer }[];
  /** Resend keeps it 24 h: a retried send within that time is not delivered twice. */
  idempotencyKey: string;
  context?: { companyId?: string; orderId?: string };
  /** Values inside the message that must never reach the integration log. */
  secrets?: string[];
};

export async function sendMail(mail: OutgoingMail): Promise<{ id: string }> {
  return resendClient().sendEmail(
    {
      from: env().MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      idempotencyKey: mail.idempotencyKey,
      secrets: mail.secrets,
    },
    mail.context,
  );
}
