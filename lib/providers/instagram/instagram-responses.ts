import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";
import { graphIdSchema } from "../facebook/graph-id";

export type InstagramLoginToken = {
  /** Short-lived (1 h): exchange it for a long-lived one at once. */
  accessToken: string;
  /**
   * The Instagram professional account id. Instagram sometimes sends it as a bare JSON number
   * too large for a double; `getProfile().userId` is the exact value.
   */
  userId: string;
  scopes: string[];
};

export type InstagramProfile = {
  /** The Instagram professional account id (`user_id`), as the Graph API addresses it. */
  userId: string;
  username: string;
  name: string | null;
  /** `BUSINESS` or `MEDIA_CREATOR`; null when Instagram did not say. */
  accountType: string | null;
  profilePictureUrl: string | null;
  followersCount: number | null;
  mediaCount: number | null;
};

/** Granted permissions come as `"a,b"` or `["a","b"]`. */
const permissionsSchema = z
  .union([z.string(), z.array(z.string())])
  .nullish()
  .transform((permissions) => {
    if (permissions === null || permissions === undefined) return [];
    const list = typeof permissions === "string" ? permissions.split(",") : permissions;
    return list.map((permission) => permission.trim()).filter((permission) => permission.length > 0);
  });

const loginTokenSchema = z
  .object({
    access_token: z.string().min(1),
    user_id: graphIdSchema,
    permissions: permissionsSchema,
  })
  .transform(
    (token): InstagramLoginToken => ({
      accessToken: token.access_token,
      userId: token.user_id,
      scopes: token.permissions,
    }),
  );

const dataEnvelopeSchema = z.object({ data: z.array(z.unknown()) });

/**
 * The code exchange answer: documented as `{"data":[{"access_token","user_id","permissions"}]}`,
 * observed flat as `{"access_token","user_id","permissions"}`.
 */
export const codeExchangeResponseSchema = z.preprocess((body) => {
  const envelope = dataEnvelopeSchema.safeParse(body);
  return envelope.success ? envelope.data.data[0] : body;
}, loginTokenSchema);

export const INSTAGRAM_PROFILE_FIELDS = "user_id,username,name,account_type,profile_picture_url,followers_count,media_count";

export const instagramProfileResponseSchema = z
  .object({
    user_id: graphIdSchema,
    username: z.string().min(1),
    name: z.string().nullish(),
    account_type: z.string().nullish(),
    profile_picture_url: z.string().nullish(),
    followers_count: integerFromProviderSchema.nullish(),
    media_count: integerFromProviderSchema.nullish(),
  })
  .transform(
    (profile): InstagramProfile => ({
      userId: profile.user_id,
      username: profile.username,
      name: profile.name ?? null,
      accountType: profile.account_type ?? null,
      profilePictureUrl: profile.profile_picture_url ?? null,
      followersCount: profile.followers_count ?? null,
      mediaCount: profile.media_count ?? null,
    }),
  );
