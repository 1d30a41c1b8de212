import { z } from "zod";
import type { RequestContext } from "../core/provider-request";
import { ghlApiUrl, ghlBearerHeaders, type GhlTransport } from "./ghl-request";

export type CreateGhlContactInput = {
  locationId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  tags?: readonly string[];
};

export type GhlContact = { id: string };

/** `POST /contacts/` → `{"contact": {"id", ...}}`. */
export const ghlContactResponseSchema = z.object({ contact: z.object({ id: z.string().min(1) }) });

/** Needs a token of the contact's sub-account. Sent once: a repeat could create a duplicate contact. */
export async function createGhlContact(
  { config, send }: GhlTransport,
  locationAccessToken: string,
  input: CreateGhlContactInput,
  context?: RequestContext,
): Promise<GhlContact> {
  const response = await send({
    action: "create_contact",
    method: "POST",
    url: ghlApiUrl(config, "/contacts/"),
    headers: ghlBearerHeaders(locationAccessToken),
    body: { type: "json", value: input },
    retry: { idempotent: false },
    responseSchema: ghlContactResponseSchema,
    secrets: [locationAccessToken],
    context,
  });
  return { id: response.contact.id };
}

/** `POST /contacts/upsert` → `{"new": boolean, "contact": {"id", ...}}`. */
const ghlUpsertContactResponseSchema = ghlContactResponseSchema.extend({ new: z.boolean().optional() });

/**
 * Creates the contact, or updates the one with the same e-mail (or phone) in that sub-account,
 * following the sub-account's duplicate-contact setting. Safe to repeat, so it is retried.
 */
export async function upsertGhlContact(
  { config, send }: GhlTransport,
  locationAccessToken: string,
  input: CreateGhlContactInput,
  context?: RequestContext,
): Promise<GhlContact & { created: boolean }> {
  const response = await send({
    action: "upsert_contact",
    method: "POST",
    url: ghlApiUrl(config, "/contacts/upsert"),
    headers: ghlBearerHeaders(locationAccessToken),
    body: { type: "json", value: input },
    retry: { idempotent: true },
    responseSchema: ghlUpsertContactResponseSchema,
    secrets: [locationAccessToken],
    context,
  });
  return { id: response.contact.id, created: response.new ?? false };
}
