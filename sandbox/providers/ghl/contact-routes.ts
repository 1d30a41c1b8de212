import type { Context, Hono } from "hono";
import { z } from "zod";
import type { SandboxContext } from "../../core/sandbox-context";
import { tokenOfClass, type ApiEnv } from "./api-access";
import { respondWithGhlError } from "./ghl-errors";
import type { GhlStore, StoredContact } from "./ghl-store";
import { field, readJsonBody, validateFields } from "./request-validation";
import { newGhlId } from "./sandbox-ids";

const createContactSchema = z.object(
  {
    locationId: field.requiredText("locationId"),
    firstName: field.optionalText("firstName"),
    lastName: field.optionalText("lastName"),
    email: field.optionalEmail("email"),
    phone: field.optionalText("phone"),
    tags: field.textList("tags").default([]),
  },
  { error: "body must be an object" },
);
type ContactInput = z.output<typeof createContactSchema>;

function contactView(contact: StoredContact): Record<string, unknown> {
  return {
    id: contact.id,
    locationId: contact.locationId,
    firstName: contact.firstName,
    lastName: contact.lastName,
    email: contact.email,
    phone: contact.phone,
    tags: contact.tags,
    dateAdded: contact.createdAt.toISOString(),
    source: "api",
  };
}

type ReadContact = { ok: true; input: ContactInput } | { ok: false; response: Response };

/** A contact body for the caller's own sub-account (a location token of another one gets 403). */
async function readContactInput(c: Context<ApiEnv>): Promise<ReadContact> {
  const access = tokenOfClass(c, "Location");
  if (!access.ok) return access;
  const json = await readJsonBody(c);
  if (!json.ok) return json;
  const input = validateFields(c, createContactSchema, json.body);
  if (!input.ok) return input;
  if (input.data.locationId !== access.token.locationId) {
    return { ok: false, response: respondWithGhlError(c, 403, "The token does not have access to this location") };
  }
  return { ok: true, input: input.data };
}

function findDuplicate(store: GhlStore, input: ContactInput): StoredContact | undefined {
  const email = input.email?.toLowerCase();
  return [...store.contacts.values()].find(
    (contact) =>
      contact.locationId === input.locationId &&
      ((email !== undefined && contact.email?.toLowerCase() === email) ||
        (input.phone !== undefined && contact.phone === input.phone)),
  );
}

/**
 * `POST /contacts/` and `POST /contacts/upsert`: need a token of the contact's own sub-account.
 * Create refuses a duplicate e-mail or phone (as a sub-account with "allow duplicates" off
 * does); upsert updates that contact instead.
 */
export function registerContactRoutes(api: Hono<ApiEnv>, context: SandboxContext, store: GhlStore): void {
  const insert = (input: ContactInput): StoredContact => {
    const contact: StoredContact = {
      id: newGhlId(context.random),
      locationId: input.locationId,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      tags: input.tags,
      createdAt: context.clock.now(),
    };
    store.contacts.set(contact.id, contact);
    store.counters.contactsCreated += 1;
    return contact;
  };

  api.post("/contacts/", async (c) => {
    const read = await readContactInput(c);
    if (!read.ok) return read.response;
    if (findDuplicate(store, read.input) !== undefined) {
      return respondWithGhlError(c, 400, "This location does not allow duplicated contacts.");
    }
    return c.json({ contact: contactView(insert(read.input)) }, 201);
  });

  api.post("/contacts/upsert", async (c) => {
    const read = await readContactInput(c);
    if (!read.ok) return read.response;
    const existing = findDuplicate(store, read.input);
    if (existing === undefined) return c.json({ new: true, contact: contactView(insert(read.input)) }, 201);
    const { input } = read;
    existing.firstName = input.firstName ?? existing.firstName;
    existing.lastName = input.lastName ?? existing.lastName;
    existing.email = input.email ?? existing.email;
    existing.phone = input.phone ?? existing.phone;
    existing.tags = [...new Set([...existing.tags, ...input.tags])];
    store.counters.contactsUpdated += 1;
    return c.json({ new: false, contact: contactView(existing) }, 200);
  });
}
