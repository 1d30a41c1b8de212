import { z } from "zod";
import { isEmailAddress } from "./email-address";

const MAX_RECIPIENTS = 50;

const emailAddress = z
  .string()
  .trim()
  .refine(isEmailAddress, { message: "The email address needs to follow the `email@example.com` or `Name <email@example.com>` format." });

const addressList = z
  .union([emailAddress, z.array(emailAddress).min(1).max(MAX_RECIPIENTS)])
  .transform((value) => (typeof value === "string" ? [value] : value));

const optionalAddressList = addressList.nullish().transform((value) => value ?? []);

const tagPart = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[A-Za-z0-9_-]+$/, { message: "Tags may only contain ASCII letters, numbers, underscores, or dashes." });

const base64Content = z
  .string()
  .min(1)
  .regex(/^[A-Za-z0-9+/\r\n]+={0,2}$/, { message: "Attachment content must be base64." });

/** `POST /emails` body as Resend accepts it; address fields come out as arrays. */
export const emailPayloadSchema = z
  .object({
    from: emailAddress,
    to: addressList,
    subject: z.string().min(1),
    html: z.string().nullish(),
    text: z.string().nullish(),
    cc: optionalAddressList,
    bcc: optionalAddressList,
    reply_to: optionalAddressList,
    attachments: z
      .array(
        z.object({
          filename: z.string().min(1),
          content: base64Content,
          content_type: z.string().nullish(),
        }),
      )
      .nullish()
      .transform((value) => value ?? []),
    tags: z
      .array(z.object({ name: tagPart, value: tagPart }))
      .nullish()
      .transform((value) => value ?? []),
  })
  .refine((payload) => typeof payload.html === "string" || typeof payload.text === "string", {
    message: "Missing `html` or `text` field.",
  });

export type EmailPayload = z.output<typeof emailPayloadSchema>;

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Resend-style wording for the first problem: "Missing `to` field." / "Invalid `to` field: ...". */
export function describePayloadProblem(error: z.ZodError, rawBody: unknown): string {
  const issue = error.issues[0];
  if (issue === undefined) return "Invalid request body.";
  const field = issue.path.map(String).join(".");
  if (field.length === 0) return issue.message;
  if (valueAt(rawBody, issue.path) === undefined) return `Missing \`${field}\` field.`;
  return `Invalid \`${field}\` field: ${issue.message}`;
}
