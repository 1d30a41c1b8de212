import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";
import { graphIdSchema } from "./graph-id";
import { describeTokenFailure } from "./graph-token-failure";

export type FacebookPage = {
  id: string;
  name: string;
  /** Never expires when obtained with a long-lived user token; can still be revoked. */
  accessToken: string;
  /** What the user may do on the Page, e.g. `MANAGE`, `CREATE_CONTENT`. */
  tasks: string[];
};

export type FacebookPageProfile = {
  id: string;
  name: string;
  /** Null when Graph leaves it out (missing permission). */
  followersCount: number | null;
};

export const pageProfileResponseSchema = z
  .object({ id: graphIdSchema, name: z.string(), followers_count: integerFromProviderSchema.nullish() })
  .transform((page): FacebookPageProfile => ({ id: page.id, name: page.name, followersCount: page.followers_count ?? null }));

export type InstagramBusinessProfile = {
  id: string;
  username: string;
  name: string | null;
  profilePictureUrl: string | null;
  /** Null when Graph leaves it out (missing permission). */
  followersCount: number | null;
};

export type FacebookTokenInfo = {
  isValid: boolean;
  /** Null when the token never expires (Graph says `0`) or Graph did not say. */
  expiresAt: Date | null;
  /** When the user's data-access grant lapses (90 days after last use); null when unknown. */
  dataAccessExpiresAt: Date | null;
  scopes: string[];
  userId: string | null;
  appId: string | null;
  /** `USER`, `PAGE`, `APP`...; null when Graph did not say. */
  type: string | null;
  /** Why an invalid token is invalid, in our words; null for a valid token. */
  invalidReason: string | null;
};

/** One page of `me/accounts`; `nextPageUrl` is Graph's `paging.next`. */
export type ManagedPagesPage = { pages: FacebookPage[]; nextPageUrl: string | null };

export const managedPagesResponseSchema = z
  .object({
    data: z.array(
      z.object({
        id: graphIdSchema,
        name: z.string(),
        access_token: z.string().min(1),
        tasks: z.array(z.string()).nullish(),
      }),
    ),
    paging: z.object({ next: z.string().nullish() }).nullish(),
  })
  .transform(
    (response): ManagedPagesPage => ({
      pages: response.data.map((page) => ({
        id: page.id,
        name: page.name,
        accessToken: page.access_token,
        tasks: page.tasks ?? [],
      })),
      nextPageUrl: response.paging?.next ?? null,
    }),
  );

/** `{"instagram_business_account":{"id":"1784..."},"id":"<page>"}`; the account is absent when none is linked. */
export const pageInstagramAccountResponseSchema = z
  .object({ instagram_business_account: z.object({ id: graphIdSchema }).nullish() })
  .transform((page): string | null => page.instagram_business_account?.id ?? null);

export const instagramBusinessProfileResponseSchema = z
  .object({
    id: graphIdSchema,
    username: z.string().min(1),
    name: z.string().nullish(),
    profile_picture_url: z.string().nullish(),
    followers_count: integerFromProviderSchema.nullish(),
  })
  .transform(
    (profile): InstagramBusinessProfile => ({
      id: profile.id,
      username: profile.username,
      name: profile.name ?? null,
      profilePictureUrl: profile.profile_picture_url ?? null,
      followersCount: profile.followers_count ?? null,
    }),
  );

/** Unix seconds where `0` means "never". */
const unixSecondsOrNever = integerFromProviderSchema
  .nullish()
  .transform((seconds) => (seconds === null || seconds === undefined || seconds === 0 ? null : new Date(seconds * 1000)));

export const debugTokenResponseSchema = z
  .object({
    data: z.object({
      is_valid: z.boolean(),
      expires_at: unixSecondsOrNever,
      data_access_expires_at: unixSecondsOrNever,
      scopes: z.array(z.string()).nullish(),
      user_id: graphIdSchema.nullish(),
      app_id: graphIdSchema.nullish(),
      type: z.string().nullish(),
      error: z
        .object({
          code: integerFromProviderSchema.nullish().catch(null),
          subcode: integerFromProviderSchema.nullish().catch(null),
        })
        .nullish()
        .catch(null),
    }),
  })
  .transform(({ data }): FacebookTokenInfo => {
    const failureCode = data.error?.code ?? 190;
    return {
      isValid: data.is_valid,
      expiresAt: data.expires_at,
      dataAccessExpiresAt: data.data_access_expires_at,
      scopes: data.scopes ?? [],
      userId: data.user_id ?? null,
      appId: data.app_id ?? null,
      type: data.type ?? null,
      invalidReason: data.is_valid ? null : describeTokenFailure(failureCode, data.error?.subcode ?? null),
    };
  });
