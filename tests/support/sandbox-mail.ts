import { z } from "zod";

const storedMailSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string().optional(),
  html: z.string().optional(),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string().nullable(), sizeBytes: z.number() })),
});

/** Mails the sandbox received for an address, newest first. */
export async function sandboxMailsTo(address: string, sandboxUrl = process.env.SANDBOX_URL) {
  const response = await fetch(`${sandboxUrl}/_control/resend/emails?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`sandbox mailbox answered ${response.status}`);
  return z.object({ emails: z.array(storedMailSchema) }).parse(await response.json()).emails;
}

/** The bytes of one attachment of a mail the sandbox received. */
export async function sandboxMailAttachment(mailId: string, index: number, sandboxUrl = process.env.SANDBOX_URL): Promise<Buffer> {
  const response = await fetch(`${sandboxUrl}/resend/mailbox/${encodeURIComponent(mailId)}/attachments/${index}`);
  if (!response.ok) throw new Error(`sandbox attachment answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
