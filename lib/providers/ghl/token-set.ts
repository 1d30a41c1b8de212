import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";

/** Whom a token acts for: the agency (`Company`) or one sub-account (`Location`). */
export type GhlUserType = "Company" | "Location";

/** What the token endpoint grants, in our terms. */
export type GhlTokenSet = {
  accessToken: string;
  /** Single-use: each refresh returns a new one and kills this one. */
  refreshToken: string;
  expiresAt: Date;
  /** Space-separated scopes granted. */
  scope: string;
  userType: GhlUserType;
  companyId?: string;
  locationId?: string;
  userId?: string;
};

/** A sub-account token minted from an agency token; it cannot be refreshed, only minted again. */
export type GhlLocationToken = {
  accessToken: string;
  expiresAt: Date;
  scope: string;
  locationId: string;
  companyId?: string;
  userId?: string;
};

const userTypeSchema = z
  .string()
  .toLowerCase()
  .pipe(z.enum(["company", "location"]))
  .transform((userType): GhlUserType => (userType === "company" ? "Company" : "Location"));

/** Ids may come as null or "" when they do not apply (a Company token has no location). */
const optionalIdSchema = z
  .string()
  .nullish()
  .transform((id) => (id === null || id === undefined || id.length === 0 ? undefined : id));

const accessTokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: integerFromProviderSchema.pipe(z.number().positive()),
  scope: z
    .string()
    .nullish()
    .transform((scope) => scope ?? ""),
  userType: userTypeSchema.optional(),
  companyId: optionalIdSchema,
  locationId: optionalIdSchema,
  userId: optionalIdSchema,
});

/** `POST /oauth/token`: `{access_token, token_type, expires_in, refresh_token, scope, userType, companyId, ...}`. */
export const ghlTokenResponseSchema = accessTokenResponseSchema.extend({ refresh_token: z.string().min(1) });
export type GhlTokenResponse = z.output<typeof ghlTokenResponseSchema>;

/** `POST /oauth/locationToken`: the same shape without a refresh token. */
export const ghlLocationTokenResponseSchema = accessTokenResponseSchema;
export type GhlLocationTokenResponse = z.output<typeof ghlLocationTokenResponseSchema>;

function expiryAfter(issuedAt: Date, expiresInSeconds: number): Date {
  return new Date(issuedAt.getTime() + expiresInSeconds * 1000);
}

/**
 * @param requestedUserType what we asked for, used when the answer does not say
 * @param issuedAt taken before the request was sent, so the expiry errs on the early side
 */
export function toGhlTokenSet(response: GhlTokenResponse, requestedUserType: GhlUserType, issuedAt: Date): GhlTokenSet {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAt: expiryAfter(issuedAt, response.expires_in),
    scope: response.scope,
    userType: response.userType ?? requestedUserType,
    companyId: response.companyId,
    locationId: response.locationId,
    userId: response.userId,
  };
}

export function toGhlLocationToken(
  response: GhlLocationTokenResponse,
  requestedLocationId: string,
  issuedAt: Date,
): GhlLocationToken {
  return {
    accessToken: response.access_token,
    expiresAt: expiryAfter(issuedAt, response.expires_in),
    scope: response.scope,
    locationId: response.locationId ?? requestedLocationId,
    companyId: response.companyId,
    userId: response.userId,
  };
}
