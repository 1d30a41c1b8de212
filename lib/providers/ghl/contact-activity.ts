import { z } from "zod";
import type { RequestContext } from "../core/provider-request";
import { ghlApiUrl, ghlBearerHeaders, type GhlTransport } from "./ghl-request";

export type GhlContactNote = { id: string; body: string };

const noteSchema = z.object({ id: z.string().min(1), body: z.string() });

/** `POST /contacts/{id}/notes` → 201 `{"note": {"id", "body", "userId", "dateAdded", "contactId"}}`. */
const createdNoteResponseSchema = z.object({ note: noteSchema });

/** `GET /contacts/{id}/notes` → `{"notes": [...]}`. */
const notesResponseSchema = z.object({ notes: z.array(noteSchema) });

/** `POST /contacts/{id}/tags` → 201 `{"tags": [...]}` (the contact's tags after the change). */
const tagsResponseSchema = z.object({ tags: z.array(z.string()) });

const contactPath = (contactId: string, rest: string) => `/contacts/${encodeURIComponent(contactId)}/${rest}`;

/** Needs a token of the contact's sub-account. Sent once: a repeat adds a second note. */
export async function addGhlContactNote(
  { config, send }: GhlTransport,
  locationAccessToken: string,
  input: { contactId: string; body: string },
  context?: RequestContext,
): Promise<GhlContactNote> {
  const response = await send({
    action: "add_contact_note",
    method: "POST",
    url: ghlApiUrl(config, contactPath(input.contactId, "notes")),
    headers: ghlBearerHeaders(locationAccessToken),
    body: { type: "json", value: { body: input.body } },
    retry: { idempotent: false },
    responseSchema: createdNoteResponseSchema,
    secrets: [locationAccessToken],
    context,
  });
  return { id: response.note.id, body: response.note.body };
}

/** Needs a token of the contact's sub-account. Every note of the contact. */
export async function listGhlContactNotes(
  { config, send }: GhlTransport,
  locationAccessToken: string,
  contactId: string,
  context?: RequestContext,
): Promise<GhlContactNote[]> {
  const response = await send({
    action: "list_contact_notes",
    method: "GET",
    url: ghlApiUrl(config, contactPath(contactId, "notes")),
    headers: ghlBearerHeaders(locationAccessToken),
    retry: { idempotent: true },
    responseSchema: notesResponseSchema,
    secrets: [locationAccessToken],
    context,
  });
  return response.notes;
}

/** Needs a token of the contact's sub-account. Adds to the contact's tags (a tag it has stays once), so it is retried. */
export async function addGhlContactTags(
  { config, send }: GhlTransport,
  locationAccessToken: string,
  input: { contactId: string; tags: readonly string[] },
  context?: RequestContext,
): Promise<string[]> {
  const response = await send({
    action: "add_contact_tags",
    method: "POST",
    url: ghlApiUrl(config, contactPath(input.contactId, "tags")),
    headers: ghlBearerHeaders(locationAccessToken),
    body: { type: "json", value: { tags: input.tags } },
    retry: { idempotent: true },
    responseSchema: tagsResponseSchema,
    secrets: [locationAccessToken],
    context,
  });
  return response.tags;
}
