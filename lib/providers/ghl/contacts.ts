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
