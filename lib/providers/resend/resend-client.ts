import { z } from "zod";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import type { RetryPolicy } from "../core/retry-policy";
import { sendProviderRequest } from "../core/send-provider-request";
import { classifyResendResponse } from "./classify-resend-response";
import { toResendEmailPayload, type SendEmailInput } from "./resend-payload";

export type ResendClientConfig = {
  /** `https://api.resend.com` in production, `<sandbox>/resend` in tests and demos. */
  baseUrl: string;
  apiKey: string;
  /** Per attempt. Default 15 s. */
  timeoutMs?: number;
  /** Backoff for sends that carry an idempotency key (the only ones retried). */
  retry?: Omit<RetryPolicy, "idempotent">;
};

export type SentEmail = { id: string };

export type ResendClient = {
  /** @throws ProviderError */
  sendEmail(input: SendEmailInput, context?: RequestContext): Promise<SentEmail>;
};

const sentEmailSchema = z.object({ id: z.string().min(1) });

export function createResendClient(
  config: ResendClientConfig,
  dependencies: ProviderCallDependencies = {},
): ResendClient {
  const emailsUrl = `${config.baseUrl.replace(/\/+$/, "")}/emails`;

  return {
    async sendEmail(input, context) {
      const headers: Record<string, string> = { authorization: `Bearer ${config.apiKey}` };
      if (input.idempotencyKey !== undefined) headers["idempotency-key"] = input.idempotencyKey;

      const sent = await sendProviderRequest(
        {
          provider: "resend",
          action: "send_email",
          method: "POST",
          url: emailsUrl,
          headers,
          body: { type: "json", value: toResendEmailPayload(input) },
          timeoutMs: config.timeoutMs,
          retry: { ...config.retry, idempotent: input.idempotencyKey !== undefined },
          classifyResponse: classifyResendResponse,
          responseSchema: sentEmailSchema,
          secrets: [config.apiKey, ...(input.secrets ?? [])],
          context,
        },
        dependencies,
      );
      return { id: sent.id };
    },
  };
}
