import type { RequestContext } from "../core/provider-request";
import { ghlApiUrl, ghlBearerHeaders, type GhlTransport } from "./ghl-request";
import { ghlLocationTokenResponseSchema, toGhlLocationToken, type GhlLocationToken } from "./token-set";

export type GetGhlLocationTokenInput = {
  companyId: string;
  locationId: string;
};

/**
 * Mints a sub-account token from an agency token. Retried like a read: a repeat only mints
 * another token, and the unused one expires on its own.
 */
export async function getGhlLocationToken(
  { config, send, now }: GhlTransport,
  agencyAccessToken: string,
  input: GetGhlLocationTokenInput,
  context?: RequestContext,
): Promise<GhlLocationToken> {
  const issuedAt = now();
  const response = await send({
    action: "get_location_token",
    method: "POST",
    url: ghlApiUrl(config, "/oauth/locationToken"),
    headers: ghlBearerHeaders(agencyAccessToken),
    body: { type: "form", fields: { companyId: input.companyId, locationId: input.locationId } },
    retry: { idempotent: true },
    responseSchema: ghlLocationTokenResponseSchema,
    secrets: [agencyAccessToken],
    context,
  });
  return toGhlLocationToken(response, input.locationId, issuedAt);
}
