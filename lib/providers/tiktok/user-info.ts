import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";

/** Which scope TikTok demands for each `fields` value of `GET /v2/user/info/`. */
export const TIKTOK_USER_FIELD_SCOPES = {
  open_id: "user.info.basic",
  union_id: "user.info.basic",
  avatar_url: "user.info.basic",
  avatar_url_100: "user.info.basic",
  avatar_large_url: "user.info.basic",
  display_name: "user.info.basic",
  bio_description: "user.info.profile",
  profile_deep_link: "user.info.profile",
  is_verified: "user.info.profile",
  username: "user.info.profile",
  follower_count: "user.info.stats",
  following_count: "user.info.stats",
  likes_count: "user.info.stats",
  video_count: "user.info.stats",
} as const;

export type TikTokUserField = keyof typeof TIKTOK_USER_FIELD_SCOPES;

/** A TikTok profile; fields not requested (or not returned) are undefined, `openId` is always asked for. */
export type TikTokUserInfo = {
  openId: string;
  unionId?: string;
  displayName?: string;
  avatarUrl?: string;
  avatarUrl100?: string;
  avatarLargeUrl?: string;
  bioDescription?: string;
  profileDeepLink?: string;
  isVerified?: boolean;
  username?: string;
  followerCount?: number;
  followingCount?: number;
  likesCount?: number;
  videoCount?: number;
};

/** The fields to send: `open_id` first, then the caller's, without duplicates. */
export function userInfoFieldsToRequest(fields: readonly TikTokUserField[]): TikTokUserField[] {
  return [...new Set<TikTokUserField>(["open_id", ...fields])];
}

/** The scopes a request for these fields needs, without duplicates. */
export function scopesRequiredFor(fields: readonly TikTokUserField[]): string[] {
  return [...new Set(fields.map((field) => TIKTOK_USER_FIELD_SCOPES[field]))];
}

/** TikTok may send null for a value it has none of; that is the same as leaving it out. */
function optional<TSchema extends z.ZodType>(schema: TSchema) {
  return schema.nullish().transform((value) => value ?? undefined);
}

const count = optional(integerFromProviderSchema.pipe(z.number().nonnegative()));

const tiktokUserSchema = z
  .object({
    open_id: z.string().min(1),
    union_id: optional(z.string()),
    avatar_url: optional(z.string()),
    avatar_url_100: optional(z.string()),
    avatar_large_url: optional(z.string()),
    display_name: optional(z.string()),
    bio_description: optional(z.string()),
    profile_deep_link: optional(z.string()),
    is_verified: optional(z.boolean()),
    username: optional(z.string()),
    follower_count: count,
    following_count: count,
    likes_count: count,
    video_count: count,
  })
  .transform(
    (user): TikTokUserInfo => ({
      openId: user.open_id,
      unionId: user.union_id,
      avatarUrl: user.avatar_url,
      avatarUrl100: user.avatar_url_100,
      avatarLargeUrl: user.avatar_large_url,
      displayName: user.display_name,
      bioDescription: user.bio_description,
      profileDeepLink: user.profile_deep_link,
      isVerified: user.is_verified,
      username: user.username,
      followerCount: user.follower_count,
      followingCount: user.following_count,
      likesCount: user.likes_count,
      videoCount: user.video_count,
    }),
  );

/** `{"data":{"user":{...}},"error":{"code":"ok",...}}`; the error part is judged by the classifier. */
export const tiktokUserInfoResponseSchema = z
  .object({ data: z.object({ user: tiktokUserSchema }) })
  .transform((response) => response.data.user);
