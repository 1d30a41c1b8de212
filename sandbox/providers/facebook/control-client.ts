import { z } from "zod";
import { webhookDeliveryResultSchema, type WebhookDeliveryResult } from "../../core/webhook-delivery";
import type { PagesInput, SandboxPage } from "./facebook-account";
import type { InjectedGraphErrorInput } from "./graph-error-injection";
import { REVOCATION_REASONS, type RevocationReason } from "./token-registry";

export const maskedTokenSchema = z.object({
  id: z.string(),
  token: z.string(),
  kind: z.string(),
  parentId: z.string().nullable(),
  issuedAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedBecause: z.enum(REVOCATION_REASONS).nullable(),
});
export type SandboxMaskedToken = z.infer<typeof maskedTokenSchema>;

export type RevokeSelector = ({ token: string } | { tokenId: string }) & { reason?: RevocationReason };

/** The control routes the Facebook and Instagram simulators share. */
export type GraphSandboxControl = {
  tokens(): Promise<SandboxMaskedToken[]>;
  /** Returns the ids of the tokens revoked (the token and those derived from it). */
  revoke(selector: RevokeSelector): Promise<string[]>;
  injectGraphError(error: InjectedGraphErrorInput): Promise<void>;
};

export type FacebookSandboxControl = GraphSandboxControl & {
  setPages(input: PagesInput): Promise<SandboxPage[]>;
  /** Meta posts a (signed, unless told otherwise) webhook event to `url`; returns the app's answer. */
  deliverWebhook(delivery: {
    url: string;
    payload?: Record<string, unknown>;
    rawBody?: string;
    signature?: "valid" | "invalid" | "missing";
  }): Promise<WebhookDeliveryResult>;
  /** Meta calls the deauthorize or data-deletion callback with a `signed_request`. */
  deliverSignedRequest(delivery: { url: string; userId?: string; signature?: "valid" | "invalid" }): Promise<WebhookDeliveryResult>;
};

export async function readControlJson<TSchema extends z.ZodType>(
  response: Response,
  schema: TSchema,
): Promise<z.output<TSchema>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Sandbox control call ${response.url} failed with HTTP ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

export function sendControlJson(url: string, method: "POST" | "PUT", body: unknown): Promise<Response> {
  return fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
}

/** Typed access to `/_control/<provider>` of a Meta simulator, for tests and scripts. */
export function createGraphSandboxControl(sandboxUrl: string, provider: "facebook" | "instagram"): GraphSandboxControl {
  const control = `${sandboxUrl}/_control/${provider}`;
  return {
    async tokens() {
      return (await readControlJson(await fetch(`${control}/tokens`), z.object({ tokens: z.array(maskedTokenSchema) }))).tokens;
    },
    async revoke(selector) {
      const response = await sendControlJson(`${control}/tokens/revoke`, "POST", selector);
      return (await readControlJson(response, z.object({ revoked: z.array(z.string()) }))).revoked;
    },
    async injectGraphError(error) {
      await readControlJson(await sendControlJson(`${control}/errors`, "POST", error), z.object({ scheduled: z.number() }));
    },
  };
}

const sandboxPageSchema: z.ZodType<SandboxPage> = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  followersCount: z.number(),
  instagram: z
    .object({
      id: z.string(),
      username: z.string(),
      name: z.string(),
      profilePictureUrl: z.string(),
      followersCount: z.number(),
      followsCount: z.number(),
      mediaCount: z.number(),
    })
    .nullable(),
});

export function createFacebookSandboxControl(sandboxUrl: string): FacebookSandboxControl {
  return {
    ...createGraphSandboxControl(sandboxUrl, "facebook"),
    async deliverWebhook(delivery) {
      const response = await sendControlJson(`${sandboxUrl}/_control/facebook/webhooks/deliver`, "POST", delivery);
      return readControlJson(response, webhookDeliveryResultSchema);
    },
    async deliverSignedRequest(delivery) {
      const response = await sendControlJson(`${sandboxUrl}/_control/facebook/signed-requests/deliver`, "POST", delivery);
      return readControlJson(response, webhookDeliveryResultSchema);
    },
    async setPages(input) {
      const response = await sendControlJson(`${sandboxUrl}/_control/facebook/pages`, "PUT", input);
      return (await readControlJson(response, z.object({ pages: z.array(sandboxPageSchema) }))).pages;
    },
  };
}
