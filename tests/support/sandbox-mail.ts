import { z } from "zod";

const storedMailSchema = z.object({ id: z.string(), to: z.array(z.string()), subject: z.string(), text: z.string().optional(), html: z.string().optional() });

/** Mails the sandbox received for an address, newest first. */
export async function sandboxMailsTo(address: string, sandboxUrl = process.env.SANDBOX_URL) {
  const response = await fetch(`${sandboxUrl}/_control/resend/emails?to=${encodeURIComponent(address)}`);
  if (!response.ok) throw new Error(`sandbox mailbox answered ${response.status}`);
  return z.object({ emails: z.array(storedMailSchema) }).parse(await response.json()).emails;
}
