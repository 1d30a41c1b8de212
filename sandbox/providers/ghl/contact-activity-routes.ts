import type { Context, Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../core/sandbox-context";
import { tokenOfClass, type ApiEnv } from "./api-access";
import { respondWithGhlError } from "./ghl-errors";
import type { GhlStore, StoredContact, StoredNote } from "./ghl-store";
import { field, readJsonBody, validateFields } from "./request-validation";
import { newGhlId } from "./sandbox-ids";

/** The API whitelists its DTOs: a property it does not know is refused, as class-validator words it. */
const unknownProperty = (issue: { code?: string; keys?: string[] }): string =>
  issue.code === "unrecognized_keys" ? `property ${issue.keys?.[0] ?? ""} should not exist` : "body must be an object";

/** NotesDTO: `body` required, `userId` optional. */
const noteSchema = z.strictObject({ body: field.requiredText("body"), userId: field.optionalText("userId") }, { error: unknownProperty });

/** TagsDTO: `tags`, a list of names. */
const tagsSchema = z.strictObject(
  {
    tags: field
      .textList("tags")
      .min(1, { error: "tags should not be empty" })
      .refine((tags) => tags.every((tag) => tag.trim().length > 0), { error: "each value in tags should not be empty" }),
  },
  { error: unknownProperty },
);

type ContactAccess = { ok: true; contact: StoredContact } | { ok: false; response: Response };

/** The path's contact, reachable with the caller's sub-account token: 404 unknown, 403 another sub-account's. */
function contactOfPath(c: Context<ApiEnv>, store: GhlStore): ContactAccess {
  const access = tokenOfClass(c, "Location");
  if (!access.ok) return access;
  const contact = store.contacts.get(c.req.param("contactId") ?? "");
  if (contact === undefined) return { ok: false, response: respondWithGhlError(c, 404, "Contact not found") };
  if (contact.locationId !== access.token.locationId) {
    return { ok: false, response: respondWithGhlError(c, 403, "The token does not have access to this location") };
  }
  return { ok: true, contact };
}

function noteView(note: StoredNote): Record<string, unknown> {
  return { id: note.id, body: note.body, userId: note.userId, contactId: note.contactId, dateAdded: note.createdAt.toISOString() };
}

/**
 * `POST|GET /contacts/{contactId}/notes` and `POST /contacts/{contactId}/tags`, with a token of
 * the contact's sub-account. Each note added is another note (nothing deduplicates them); tags
 * join the contact's set, so repeating a tag request changes nothing.
 */
export function registerContactActivityRoutes(api: Hono<ApiEnv>, context: SandboxContext, store: GhlStore): void {
  api.post("/contacts/:contactId/notes", async (c) => {
    const target = contactOfPath(c, store);
    if (!target.ok) return target.response;
    const json = await readJsonBody(c);
    if (!json.ok) return json.response;
    const input = validateFields(c, noteSchema, json.body);
    if (!input.ok) return input.response;
    const note: StoredNote = {
      id: newGhlId(context.random),
      contactId: target.contact.id,
      locationId: target.contact.locationId,
      body: input.data.body,
      userId: input.data.userId ?? null,
      createdAt: context.clock.now(),
    };
    store.notes.set(note.id, note);
    store.counters.notesCreated += 1;
    return c.json({ note: noteView(note) }, 201);
  });

  api.get("/contacts/:contactId/notes", (c) => {
    const target = contactOfPath(c, store);
    if (!target.ok) return target.response;
    const notes = [...store.notes.values()].filter((note) => note.contactId === target.contact.id);
    return c.json({ notes: notes.map(noteView) });
  });

  api.post("/contacts/:contactId/tags", async (c) => {
    const target = contactOfPath(c, store);
    if (!target.ok) return target.response;
    const json = await readJsonBody(c);
    if (!json.ok) return json.response;
    const input = validateFields(c, tagsSchema, json.body);
    if (!input.ok) return input.response;
    const { contact } = target;
    const added = input.data.tags.filter((tag) => !contact.tags.includes(tag));
    contact.tags = [...contact.tags, ...new Set(added)];
    store.counters.tagsAdded += new Set(added).size;
    return c.json({ tags: contact.tags }, 201);
  });
}
