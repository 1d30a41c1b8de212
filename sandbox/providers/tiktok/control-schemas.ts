import { z } from "zod";

/** A token as `GET /_control/tiktok/tokens` shows it: the value masked, everything else plain. */
export const sandboxTikTokTokenSchema = z.object({
  /** `act.…1a2b`: prefix and last four characters; see maskToken. */
  token: z.string(),
  kind: z.enum(["access", "refresh"]),
  openId: z.string(),
  scopes: z.array(z.string()),
  /** Sandbox-clock times, ISO 8601. */
  issuedAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(["live", "expired", "revoked", "rotated"]),
});
export type SandboxTikTokToken = z.infer<typeof sandboxTikTokTokenSchema>;

/** How tokens appear in control answers: enough to tell them apart, not enough to use them. */
export function maskToken(value: string): string {
  return `${value.slice(0, 4)}…${value.slice(-4)}`;
}

export const tokenQuerySchema = z.object({ openId: z.string().min(1).optional() });

/** `POST /_control/tiktok/tokens/revoke`: the consent behind one token, or every consent of an account. */
export const revokeInputSchema = z.union([
  z.strictObject({ token: z.string().min(1) }),
  z.strictObject({ openId: z.string().min(1) }),
]);
export type RevokeInput = z.input<typeof revokeInputSchema>;

/** `POST /_control/tiktok/tokens/expire`: one token expires now. */
export const expireInputSchema = z.strictObject({ token: z.string().min(1) });

/** `POST /_control/tiktok/rate-limit`: requests per minute and endpoint (TikTok's is 600). */
export const rateLimitInputSchema = z.strictObject({ requestsPerMinute: z.number().int().min(1).max(100_000) });

/** `POST /_control/tiktok/tokens/mint`: consents of `count` made-up accounts, for load tests that need many live token pairs. */
export const mintInputSchema = z.strictObject({
  count: z.number().int().min(1).max(20_000),
  openIdPrefix: z.string().regex(/^[\w-]{1,40}$/).default("-000sandboxBench"),
});

/** `PUT /_control/tiktok/lifetimes`: how long access tokens issued from now on live (default 86400). */
export const lifetimesInputSchema = z.strictObject({ accessTokenSeconds: z.number().int().min(60).max(365 * 24 * 3600) });
