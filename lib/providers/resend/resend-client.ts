import { type CreateEmailResponse, Resend } from "resend";
import { z } from "zod";
import type { ProviderCallDependencies, RequestContext } from "../core/provider-request";
import type { RetryPolicy } from "../core/retry-policy";
import type { SdkAnswer } from "../core/sdk-transport";
import { sendProviderRequest } from "../core/send-provider-request";
import { classifyResendResponse } from "./classify-resend-response";
import { loggableEmail, type SendEmailInput, toSdkEmail } from "./resend-payload";

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

/**
 * The SDK's result as an HTTP answer. It reads Resend's error body (`statusCode`, `name`,
 * `message`) into `error`, and reports everything else that went wrong (no connection,
 * an abort, a body that is not JSON) with a null status: no answer to judge.
 */
function sdkAnswer(result: CreateEmailResponse): SdkAnswer {
  const headers = new Headers(result.headers ?? {});
  if (result.error === null) return { answered: true, status: 200, headers, body: result.data };
  const { statusCode } = result.error;
  return typeof statusCode === "number" ? { answered: true, status: statusCode, headers, body: result.error } : { answered: false };
}

/**
 * E-mail through Resend's official SDK, inside the provider core: each attempt is timed,
 * classified, retried only with an idempotency key, and logged with secrets redacted.
 */
export function createResendClient(config: ResendClientConfig, dependencies: ProviderCallDependencies = {}): ResendClient {
  const baseUrl = config.baseUrl.replace(/\/+$/, "");
  const resend = new Resend(config.apiKey, { baseUrl });

  return {
    async sendEmail(input, context) {
      const email = toSdkEmail(input);
      const idempotencyKey = input.idempotencyKey;
      const sent = await sendProviderRequest(
        {
          provider: "resend",
          action: "send_email",
          method: "POST",
          url: `${baseUrl}/emails`,
          body: { type: "json", value: loggableEmail(email) },
          sdk: async (signal) => sdkAnswer(await resend.emails.send(email, { idempotencyKey, signal })),
          timeoutMs: config.timeoutMs,
          retry: { ...config.retry, idempotent: idempotencyKey !== undefined },
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
