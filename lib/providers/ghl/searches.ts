import { z } from "zod";
import type { RequestContext } from "../core/provider-request";
import { ghlApiUrl, ghlBearerHeaders, type GhlTransport } from "./ghl-request";
import { ghlLocationResponseSchema, type GhlLocation } from "./locations";

/** How many matches a look-up asks for: it looks for one record made by us, so a handful is plenty. */
const LOOKUP_LIMIT = "10";

const locationSearchResponseSchema = z.object({
  locations: z.array(ghlLocationResponseSchema.extend({ email: z.string().nullish() })),
});

/**
 * `GET /locations/search?companyId&email` (agency token): the agency's sub-accounts whose
 * e-mail is `email`. Also the harmless read "Test integration" makes.
 */
export async function searchGhlLocations(
  { config, send }: GhlTransport,
  agencyAccessToken: string,
  input: { companyId: string; email?: string; limit?: number },
  context?: RequestContext,
): Promise<GhlLocation[]> {
  const query = new URLSearchParams({ companyId: input.companyId, limit: String(input.limit ?? LOOKUP_LIMIT) });
  if (input.email !== undefined) query.set("email", input.email);
  const response = await send({
    action: "search_locations",
    method: "GET",
    url: ghlApiUrl(config, `/locations/search?${query.toString()}`),
    headers: ghlBearerHeaders(agencyAccessToken),
    retry: { idempotent: true },
    responseSchema: locationSearchResponseSchema,
    secrets: [agencyAccessToken],
    context,
  });
  return response.locations.map((location) => ({ id: location.id, companyId: location.companyId, name: location.name }));
}

const userSearchResponseSchema = z.object({
  users: z.array(z.object({ id: z.string().min(1), email: z.string() })),
});

/** `GET /users/search?companyId&query` (agency token): users whose name, e-mail or phone matches. */
export async function searchGhlUsers(
  { config, send }: GhlTransport,
  agencyAccessToken: string,
  input: { companyId: string; query: string },
  context?: RequestContext,
): Promise<{ id: string; email: string }[]> {
  const query = new URLSearchParams({ companyId: input.companyId, query: input.query, limit: LOOKUP_LIMIT });
  const response = await send({
    action: "search_users",
    method: "GET",
    url: ghlApiUrl(config, `/users/search?${query.toString()}`),
    headers: ghlBearerHeaders(agencyAccessToken),
    retry: { idempotent: true },
    responseSchema: userSearchResponseSchema,
    secrets: [agencyAccessToken],
    context,
  });
  return response.users;
}
