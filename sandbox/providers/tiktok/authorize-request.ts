import { z } from "zod";
import { SANDBOX_CLIENT_KEY } from "./sandbox-app";
import { TIKTOK_SCOPES, type TikTokScope } from "./scopes";

const scopeListSchema = z
  .string({ message: "scope is required" })
  .transform((scope) => scope.split(",").map((entry) => entry.trim()).filter((entry) => entry.length > 0))
  .pipe(z.array(z.enum(TIKTOK_SCOPES, { message: "unknown scope" })).min(1, { message: "scope must name at least one scope" }))
  .transform((scopes) => [...new Set(scopes)]);

/** The query of `/v2/auth/authorize/` (and of the approve and deny links, which carry it on). */
const authorizeQuerySchema = z
  .object({
    client_key: z.literal(SANDBOX_CLIENT_KEY, { message: "client_key is not a registered app" }),
    response_type: z.literal("code", { message: "response_type must be code" }),
    redirect_uri: z.url({ protocol: /^https?$/, message: "redirect_uri must be an http(s) URL" }),
    scope: scopeListSchema,
    state: z.string().optional(),
    code_challenge: z.string().min(1).optional(),
    code_challenge_method: z.literal("S256", { message: "code_challenge_method must be S256" }).optional(),
  })
  .refine((query) => query.code_challenge === undefined || query.code_challenge_method === "S256", {
    message: "code_challenge needs code_challenge_method=S256",
  });

export type AuthorizeRequest = {
  redirectUri: string;
  scopes: TikTokScope[];
  state: string | undefined;
  codeChallenge: string | null;
};

export type AuthorizeRequestCheck = { ok: true; request: AuthorizeRequest } | { ok: false; problem: string };

/** Validates an authorization request the way TikTok's consent page does before showing anything. */
export function checkAuthorizeRequest(query: Record<string, string>): AuthorizeRequestCheck {
  const parsed = authorizeQuerySchema.safeParse(query);
  if (!parsed.success) {
    return { ok: false, problem: parsed.error.issues.map((issue) => issue.message).join("; ") };
  }
  const { redirect_uri: redirectUri, scope: scopes, state, code_challenge: codeChallenge } = parsed.data;
  return { ok: true, request: { redirectUri, scopes, state, codeChallenge: codeChallenge ?? null } };
}
