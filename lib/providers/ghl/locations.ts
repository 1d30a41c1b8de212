import { z } from "zod";
import type { RequestContext } from "../core/provider-request";
import type { ProviderFailure, ProviderResponseHead } from "../core/response-classification";
import { classifyGhlResponse } from "./classify-ghl-response";
import { ghlApiUrl, ghlBearerHeaders, type GhlTransport } from "./ghl-request";

/** A new sub-account; field names are GoHighLevel's. */
export type CreateGhlLocationInput = {
  name: string;
  companyId: string;
  phone?: string;
  address?: string;
  city?: string;
  state?: string;
  country?: string;
  postalCode?: string;
  website?: string;
  timezone?: string;
  snapshotId?: string;
  /** The sub-account's business contact; its e-mail is what `searchLocations` finds it by. */
  prospectInfo?: { firstName: string; lastName: string; email: string };
};

export type GhlLocation = { id: string; companyId: string; name: string };

/** `POST /locations/` → `{id, companyId, name, ...}`. */
export const ghlLocationResponseSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1),
  name: z.string(),
});

/** Sent once: a repeat could create a second sub-account. */
export async function createGhlLocation(
  { config, send }: GhlTransport,
  agencyAccessToken: string,
  input: CreateGhlLocationInput,
  context?: RequestContext,
): Promise<GhlLocation> {
  const location = await send({
    action: "create_location",
    method: "POST",
    url: ghlApiUrl(config, "/locations/"),
    headers: ghlBearerHeaders(agencyAccessToken),
    body: { type: "json", value: input },
    retry: { idempotent: false },
    responseSchema: ghlLocationResponseSchema,
    secrets: [agencyAccessToken],
    context,
  });
  return { id: location.id, companyId: location.companyId, name: location.name };
}

/** A sub-account that no longer exists is what a delete wants: a retry after a lost answer sees 404. */
function classifyDeleteResponse(response: ProviderResponseHead, body: unknown): ProviderFailure | null {
  return response.status === 404 ? null : classifyGhlResponse(response, body);
}

/**
 * Deletes a sub-account (compensation for a half-provisioned one), with its phone account so
 * nothing billable is left behind. Retried: deleting a known id twice has the effect of once.
 */
export async function deleteGhlLocation(
  { config, send }: GhlTransport,
  agencyAccessToken: string,
  locationId: string,
  context?: RequestContext,
): Promise<void> {
  await send({
    action: "delete_location",
    method: "DELETE",
    url: ghlApiUrl(config, `/locations/${encodeURIComponent(locationId)}?deleteTwilioAccount=true`),
    headers: ghlBearerHeaders(agencyAccessToken),
    retry: { idempotent: true },
    classifyResponse: classifyDeleteResponse,
    responseSchema: z.unknown(),
    secrets: [agencyAccessToken],
    context,
  });
}
