import { env } from "@/lib/env";
import { recordIntegrationCall } from "@/lib/integration-log/record";
import { createResendClient } from "@/lib/providers/resend";

export type OutgoingMail = {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: { filename: string; content: Buffer }[];
  /** Resend keeps it 24 h: a retried send within that time is not delivered twice. */
  idempotencyKey: string;
  context?: { companyId?: string; orderId?: string };
};

export async function sendMail(mail: OutgoingMail): Promise<{ id: string }> {
  const config = env();
  const resend = createResendClient(
    { baseUrl: config.RESEND_BASE_URL, apiKey: config.RESEND_API_KEY },
    { logSink: recordIntegrationCall },
  );
  return resend.sendEmail(
    {
      from: config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      attachments: mail.attachments,
      idempotencyKey: mail.idempotencyKey,
    },
    mail.context,
  );
}
