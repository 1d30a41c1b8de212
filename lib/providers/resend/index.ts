export { createResendClient, type ResendClient, type ResendClientConfig, type SentEmail } from "./resend-client";
export type { EmailAttachment, EmailTag, SendEmailInput } from "./resend-payload";
