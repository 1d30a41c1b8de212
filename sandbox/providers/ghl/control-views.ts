import { z } from "zod";
import type { StoredContact, StoredLocation, StoredNote, StoredToken, StoredUser } from "./ghl-store";
import { tokenStatus } from "./tokens";

/** A token as the control API shows it: everything but its value. */
export const sandboxTokenSchema = z.object({
  id: z.string(),
  kind: z.enum(["access", "refresh"]),
  userType: z.enum(["Company", "Location"]),
  companyId: z.string(),
  locationId: z.string().nullable(),
  userId: z.string(),
  scope: z.string(),
  /** Sandbox-clock times, ISO 8601. */
  issuedAt: z.string(),
  expiresAt: z.string(),
  status: z.enum(["active", "expired", "revoked", "spent"]),
});
export type SandboxToken = z.infer<typeof sandboxTokenSchema>;

export const sandboxLocationSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  details: z.record(z.string(), z.string()),
  createdAt: z.string(),
});
export type SandboxLocation = z.infer<typeof sandboxLocationSchema>;

/** A user without the password. */
export const sandboxUserSchema = z.object({
  id: z.string(),
  companyId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  type: z.string(),
  role: z.string(),
  locationIds: z.array(z.string()),
  createdAt: z.string(),
});
export type SandboxUser = z.infer<typeof sandboxUserSchema>;

export const sandboxContactSchema = z.object({
  id: z.string(),
  locationId: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
});
export type SandboxContact = z.infer<typeof sandboxContactSchema>;

export const sandboxNoteSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  locationId: z.string(),
  body: z.string(),
  userId: z.string().nullable(),
  createdAt: z.string(),
});
export type SandboxNote = z.infer<typeof sandboxNoteSchema>;

export const sandboxCountersSchema = z.object({
  codeExchanges: z.number(),
  refreshes: z.number(),
  refusedRefreshes: z.number(),
  locationsCreated: z.number(),
  locationsDeleted: z.number(),
  usersCreated: z.number(),
  contactsCreated: z.number(),
  contactsUpdated: z.number(),
  notesCreated: z.number(),
  tagsAdded: z.number(),
  authentications: z.number(),
});
export type SandboxCounters = z.infer<typeof sandboxCountersSchema>;

export const userRefusalSchema = z.strictObject({ message: z.string().min(1).max(500) });

export const tokenLatencySchema = z.strictObject({ ms: z.number().int().min(0).max(60_000) });

/** Which token a control request means: its value (tests hold it) or its id (from the listing). */
export const tokenSelectorSchema = z.union([
  z.strictObject({ token: z.string().min(1) }),
  z.strictObject({ id: z.string().min(1) }),
]);
export type TokenSelector = z.infer<typeof tokenSelectorSchema>;

export function toSandboxToken(token: StoredToken, now: Date): SandboxToken {
  return {
    id: token.id,
    kind: token.kind,
    userType: token.userType,
    companyId: token.companyId,
    locationId: token.locationId,
    userId: token.userId,
    scope: token.scope,
    issuedAt: token.issuedAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    status: tokenStatus(token, now),
  };
}

export function toSandboxLocation(location: StoredLocation): SandboxLocation {
  return { ...location, createdAt: location.createdAt.toISOString() };
}

export function toSandboxUser(user: StoredUser): SandboxUser {
  const { password: _password, phone: _phone, permissions: _permissions, ...shown } = user;
  return { ...shown, createdAt: user.createdAt.toISOString() };
}

export function toSandboxContact(contact: StoredContact): SandboxContact {
  return { ...contact, createdAt: contact.createdAt.toISOString() };
}

export function toSandboxNote(note: StoredNote): SandboxNote {
  return { ...note, createdAt: note.createdAt.toISOString() };
}
