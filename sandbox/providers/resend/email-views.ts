import { z } from "zod";
import { extractMailLinks } from "./mail-links";
import type { StoredEmail } from "./resend-store";

export function attachmentSizeBytes(contentBase64: string): number {
  return Buffer.from(contentBase64, "base64").length;
}

/** `GET /emails/:id` in Resend's shape. */
export function toResendEmailObject(email: StoredEmail): Record<string, unknown> {
  const orNull = (addresses: string[]): string[] | null => (addresses.length === 0 ? null : addresses);
  return {
    object: "email",
    id: email.id,
    from: email.from,
    to: email.to,
    cc: orNull(email.cc),
    bcc: orNull(email.bcc),
    reply_to: orNull(email.replyTo),
    subject: email.subject,
    html: email.html,
    text: email.text,
    tags: email.tags,
    created_at: email.createdAt.toISOString(),
    last_event: "delivered",
  };
}

/** An e-mail as `GET /_control/resend/emails` reports it to tests. */
export const sandboxEmailSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.array(z.string()),
  cc: z.array(z.string()),
  bcc: z.array(z.string()),
  replyTo: z.array(z.string()),
  subject: z.string(),
  /** Absent when the mail had no HTML body. */
  html: z.string().optional(),
  /** Absent when the mail had no text body. */
  text: z.string().optional(),
  tags: z.array(z.object({ name: z.string(), value: z.string() })),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string().nullable(), sizeBytes: z.number() })),
  /** http(s) links found in the bodies, e.g. a password-reset link. */
  links: z.array(z.string()),
  /** Sandbox-clock time, ISO 8601. */
  createdAt: z.string(),
});
export type SandboxEmail = z.infer<typeof sandboxEmailSchema>;

export function toSandboxEmail(email: StoredEmail): SandboxEmail {
  return {
    id: email.id,
    from: email.from,
    to: email.to,
    cc: email.cc,
    bcc: email.bcc,
    replyTo: email.replyTo,
    subject: email.subject,
    html: email.html ?? undefined,
    text: email.text ?? undefined,
    tags: email.tags,
    attachments: email.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      sizeBytes: attachmentSizeBytes(attachment.contentBase64),
    })),
    links: extractMailLinks(email.html, email.text),
    createdAt: email.createdAt.toISOString(),
  };
}
