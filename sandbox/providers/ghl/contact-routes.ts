import type { Hono } from "hono";
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

/** `POST /contacts/`: needs a token of the contact's own sub-account. */
export function registerContactRoutes(api: Hono<ApiEnv>, context: SandboxContext, store: GhlStore): void {
  api.post("/contacts/", async (c) => {
    const access = tokenOfClass(c, "Location");
    if (!access.ok) return access.response;
    const json = await readJsonBody(c);
    if (!json.ok) return json.response;
    const input = validateFields(c, createContactSchema, json.body);
    if (!input.ok) return input.response;
    if (input.data.locationId !== access.token.locationId) {
      return respondWithGhlError(c, 403, "The token does not have access to this location");
    }

    const contact: StoredContact = {
      id: newGhlId(context.random),
      locationId: input.data.locationId,
      firstName: input.data.firstName ?? null,
      lastName: input.data.lastName ?? null,
      email: input.data.email ?? null,
      phone: input.data.phone ?? null,
      tags: input.data.tags,
      createdAt: context.clock.now(),
    };
    store.contacts.set(contact.id, contact);
    return c.json({ contact: contactView(contact) }, 201);
  });
}
