import { z } from "zod";
import type { RequestContext } from "../core/provider-request";
import { ghlApiUrl, ghlBearerHeaders, type GhlTransport } from "./ghl-request";

export type CreateGhlUserInput = {
  companyId: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  /** Sub-accounts the user may open. */
  locationIds: readonly string[];
  phone?: string;
  /** Default `account`: a sub-account user rather than an agency user. */
  type?: "account" | "agency";
  /** Default `admin`. */
  role?: "admin" | "user";
  /** GoHighLevel's permission flags, e.g. `{ campaignsEnabled: true }`. */
  permissions?: Readonly<Record<string, boolean>>;
};

export type GhlUser = {
  id: string;
  name: string;
  email: string;
  roles: { type: string; role: string; locationIds: string[] };
};

/** `POST /users/` → `{id, name, email, roles: {type, role, locationIds}, ...}`. */
export const ghlUserResponseSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  email: z.string(),
  roles: z.object({
    type: z.string(),
    role: z.string(),
    // Agency users carry no sub-accounts.
    locationIds: z
      .array(z.string())
      .nullish()
      .transform((ids) => ids ?? []),
  }),
});

/** Sent once: a repeat could create a second user (or fail on the now-taken e-mail). */
export async function createGhlUser(
  { config, send }: GhlTransport,
  agencyAccessToken: string,
  input: CreateGhlUserInput,
  context?: RequestContext,
): Promise<GhlUser> {
  const user = await send({
    action: "create_user",
    method: "POST",
    url: ghlApiUrl(config, "/users/"),
    headers: ghlBearerHeaders(agencyAccessToken),
    body: { type: "json", value: { ...input, type: input.type ?? "account", role: input.role ?? "admin" } },
    retry: { idempotent: false },
    responseSchema: ghlUserResponseSchema,
    secrets: [agencyAccessToken, input.password],
    context,
  });
  return { id: user.id, name: user.name, email: user.email, roles: user.roles };
}
