import { z } from "zod";

const nameSchema = z.string().trim().min(1, "Give the destination a name.").max(100, "Use at most 100 characters.");

export const telegramChatIdSchema = z
  .string()
  .trim()
  .regex(/^(-?\d{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$/, "Enter a numeric chat id (e.g. -1001234567890) or a public @channelname.");

const emailListSchema = z
  .string()
  .transform((value) => value.split(/[\s,;]+/).map((address) => address.trim()).filter(Boolean))
  .pipe(
    z
      .array(z.email("Each address must look like name@company.com."))
      .min(1, "Enter at least one e-mail address.")
      .max(20, "Use at most 20 addresses."),
  );

export const createDestinationSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("TELEGRAM"), name: nameSchema, telegramChatId: telegramChatIdSchema }),
  z.object({ type: z.literal("WEBHOOK"), name: nameSchema, webhookUrl: z.string().trim().min(1, "Enter the webhook's https:// address.").max(2000) }),
  z.object({ type: z.literal("EMAIL"), name: nameSchema, emailRecipients: emailListSchema }),
], { error: "Choose Telegram, webhook or e-mail." });

export const destinationIdSchema = z.object({ id: z.string().min(1).max(64) });
