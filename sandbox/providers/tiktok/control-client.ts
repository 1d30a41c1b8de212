import { z } from "zod";
import { webhookDeliveryResultSchema } from "../../core/webhook-delivery";
import { sandboxTikTokTokenSchema, type RevokeInput, type SandboxTikTokToken } from "./control-schemas";

/** Typed access to `/_control/tiktok` of a running sandbox, for tests and scripts. */
export type TikTokSandboxControl = {
  tokens(filter?: { openId?: string }): Promise<SandboxTikTokToken[]>;
  /** Returns how many consents were withdrawn. */
  revoke(selector: RevokeInput): Promise<number>;
  expireToken(token: string): Promise<SandboxTikTokToken>;
  setRateLimit(requestsPerMinute: number): Promise<void>;
  /** Live token pairs of `count` made-up accounts (open_id = prefix + 1..count), for load tests. */
  mintTokens(count: number, openIdPrefix?: string): Promise<{ open_id: string; access_token: string; refresh_token: string; expires_in: number; refresh_expires_in: number; scope: string }[]>;
  /** Access tokens issued from now on live this long (TikTok: 86400). */
  setAccessTokenLifetime(seconds: number): Promise<void>;
  counters(): Promise<{ refreshGrants: number; rotatedRefreshTokenReuses: number }>;
  /** TikTok posts a signed event to `url`; returns the app's answer. */
  deliverWebhook(delivery: {
    url: string;
    event?: string;
    userOpenId?: string;
    signature?: "valid" | "invalid" | "stale" | "missing";
  }): Promise<{ status: number; body: string }>;
};

async function readJson<TSchema extends z.ZodType>(response: Response, schema: TSchema): Promise<z.output<TSchema>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Sandbox TikTok control call failed with HTTP ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

export function createTikTokSandboxControl(sandboxUrl: string): TikTokSandboxControl {
  const control = `${sandboxUrl}/_control/tiktok`;
  const post = (path: string, body: unknown) =>
    fetch(`${control}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  return {
    async tokens(filter = {}) {
      const query = filter.openId === undefined ? "" : `?${new URLSearchParams({ openId: filter.openId }).toString()}`;
      const response = await fetch(`${control}/tokens${query}`);
      return (await readJson(response, z.object({ tokens: z.array(sandboxTikTokTokenSchema) }))).tokens;
    },
    async revoke(selector) {
      const answer = await readJson(await post("/tokens/revoke", selector), z.object({ revokedAuthorizations: z.number() }));
      return answer.revokedAuthorizations;
    },
    async expireToken(token) {
      return (await readJson(await post("/tokens/expire", { token }), z.object({ token: sandboxTikTokTokenSchema }))).token;
    },
    async mintTokens(count, openIdPrefix) {
      const tokenSchema = z.object({
        open_id: z.string(),
        access_token: z.string(),
        refresh_token: z.string(),
        expires_in: z.number(),
        refresh_expires_in: z.number(),
        scope: z.string(),
      });
      return (await readJson(await post("/tokens/mint", { count, openIdPrefix }), z.object({ tokens: z.array(tokenSchema) }))).tokens;
    },
    async setAccessTokenLifetime(seconds) {
      const response = await fetch(`${control}/lifetimes`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ accessTokenSeconds: seconds }),
      });
      await readJson(response, z.object({ accessTokenSeconds: z.number() }));
    },
    async counters() {
      return readJson(await fetch(`${control}/counters`), z.object({ refreshGrants: z.number(), rotatedRefreshTokenReuses: z.number() }));
    },
    async deliverWebhook(delivery) {
      return readJson(await post("/webhooks/deliver", delivery), webhookDeliveryResultSchema);
    },
    async setRateLimit(requestsPerMinute) {
      await readJson(await post("/rate-limit", { requestsPerMinute }), z.object({ requestsPerMinute: z.number() }));
    },
  };
}
