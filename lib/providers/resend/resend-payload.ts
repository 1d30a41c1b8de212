/** One file attached to an e-mail; a string `content` must already be base64. */
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

/** The JSON body of `POST /emails`, in Resend's snake_case. */
export function toResendEmailPayload(input: SendEmailInput): Record<string, unknown> {
  return {
    from: input.from,
    to: input.to,
    subject: input.subject,
    html: input.html,
    text: input.text,
    reply_to: input.replyTo,
    attachments: input.attachments?.map((attachment) => ({
      filename: attachment.filename,
      content: typeof attachment.content === "string" ? attachment.content : attachment.content.toString("base64"),
      content_type: attachment.contentType,
    })),
    tags: input.tags,
  };
}
