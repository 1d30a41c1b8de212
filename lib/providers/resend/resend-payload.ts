/** One file attached to an e-mail; a string `content` must already be base64. */
import type { CreateEmailOptions } from "resend";

export type EmailAttachment = {
  filename: string;
  content: Buffer | string;
  contentType?: string;
};

export type EmailTag = { name: string; value: string };

export type SendEmailInput = {
  /** `"Social Scale <billing@example.com>"` or a bare address. */
  from: string;
  to: string | readonly string[];
  subject: string;
  html?: string;
  text?: string;
  replyTo?: string | readonly string[];
  attachments?: readonly EmailAttachment[];
  tags?: readonly EmailTag[];
  /**
   * Resend's Idempotency-Key (≤ 256 chars, kept 24 h). With it, a retried send cannot deliver
   * twice, so the client retries transient failures; without it the e-mail is sent at most once.
   */
  idempotencyKey?: string;
  /** Values inside the message that must never reach a log (a password-reset token, say). Not sent. */
  secrets?: readonly string[];
};

/** The e-mail as the SDK takes it (it names the fields and encodes attachments for the wire). */
export function toSdkEmail(input: SendEmailInput): CreateEmailOptions {
  const content = { html: input.html, text: input.text } as { html: string; text?: string } | { html?: string; text: string };
  return {
    from: input.from,
    to: typeof input.to === "string" ? input.to : [...input.to],
    subject: input.subject,
    ...content,
    replyTo: typeof input.replyTo === "string" || input.replyTo === undefined ? input.replyTo : [...input.replyTo],
    attachments: input.attachments?.map(({ filename, content: data, contentType }) => ({ filename, content: data, contentType })),
    tags: input.tags?.map((tag) => ({ ...tag })),
  };
}

/** The e-mail for the integration log: attachments as the base64 the SDK sends (the log truncates it). */
export function loggableEmail(email: CreateEmailOptions): unknown {
  return {
    ...email,
    attachments: email.attachments?.map((attachment) => ({
      ...attachment,
      content: Buffer.isBuffer(attachment.content) ? attachment.content.toString("base64") : attachment.content,
    })),
  };
}
