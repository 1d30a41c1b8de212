import type { RequestContext } from "../core/provider-request";
import { addGhlContactNote, addGhlContactTags, listGhlContactNotes, type GhlContactNote } from "./contact-activity";
import { createGhlContact, upsertGhlContact, type CreateGhlContactInput, type GhlContact } from "./contacts";
import type { GhlTransport } from "./ghl-request";
import { getGhlLocationToken, type GetGhlLocationTokenInput } from "./location-token";
import { createGhlLocation, deleteGhlLocation, type CreateGhlLocationInput, type GhlLocation } from "./locations";
import { searchGhlLocations, searchGhlUsers } from "./searches";
import type { GhlLocationToken } from "./token-set";
import { createGhlUser, type CreateGhlUserInput, type GhlUser } from "./users";

/**
 * LeadConnector API calls made with one access token. Every method throws ProviderError;
 * `auth` on 401/403 means the token is expired, revoked or lacks a scope.
 */
export type GhlApi = {
  /** Needs an agency (Company) token. */
  getLocationToken(input: GetGhlLocationTokenInput, context?: RequestContext): Promise<GhlLocationToken>;
  /** Needs an agency token. Never retried automatically. */
  createLocation(input: CreateGhlLocationInput, context?: RequestContext): Promise<GhlLocation>;
  /** Needs an agency token. Succeeds when the sub-account is already gone. */
  deleteLocation(locationId: string, context?: RequestContext): Promise<void>;
  /** Needs an agency token. Never retried automatically. */
  createUser(input: CreateGhlUserInput, context?: RequestContext): Promise<GhlUser>;
  /** Needs a token of the contact's sub-account. Never retried automatically. */
  createContact(input: CreateGhlContactInput, context?: RequestContext): Promise<GhlContact>;
  /** Needs a sub-account token. A contact with the same e-mail is updated instead of duplicated. */
  upsertContact(input: CreateGhlContactInput, context?: RequestContext): Promise<GhlContact & { created: boolean }>;
  /** Needs a token of the contact's sub-account. Never retried automatically: a repeat adds a second note. */
  addContactNote(input: { contactId: string; body: string }, context?: RequestContext): Promise<GhlContactNote>;
  /** Needs a token of the contact's sub-account. */
  listContactNotes(contactId: string, context?: RequestContext): Promise<GhlContactNote[]>;
  /** Needs a token of the contact's sub-account. Adds to the contact's tags; returns them all. */
  addContactTags(input: { contactId: string; tags: readonly string[] }, context?: RequestContext): Promise<string[]>;
  /** Needs an agency token. Sub-accounts whose e-mail is `email` (all of them, up to `limit`, without). */
  searchLocations(
    input: { companyId: string; email?: string; limit?: number },
    context?: RequestContext,
  ): Promise<GhlLocation[]>;
  /** Needs an agency token. Users matching `query` (name, e-mail or phone). */
  searchUsers(input: { companyId: string; query: string }, context?: RequestContext): Promise<{ id: string; email: string }[]>;
};

export function createGhlApi(transport: GhlTransport, accessToken: string): GhlApi {
  return {
    getLocationToken: (input, context) => getGhlLocationToken(transport, accessToken, input, context),
    createLocation: (input, context) => createGhlLocation(transport, accessToken, input, context),
    deleteLocation: (locationId, context) => deleteGhlLocation(transport, accessToken, locationId, context),
    createUser: (input, context) => createGhlUser(transport, accessToken, input, context),
    createContact: (input, context) => createGhlContact(transport, accessToken, input, context),
    upsertContact: (input, context) => upsertGhlContact(transport, accessToken, input, context),
    addContactNote: (input, context) => addGhlContactNote(transport, accessToken, input, context),
    listContactNotes: (contactId, context) => listGhlContactNotes(transport, accessToken, contactId, context),
    addContactTags: (input, context) => addGhlContactTags(transport, accessToken, input, context),
    searchLocations: (input, context) => searchGhlLocations(transport, accessToken, input, context),
    searchUsers: (input, context) => searchGhlUsers(transport, accessToken, input, context),
  };
}
