import { avatarDataUrl, type SandboxTikTokAccount } from "./sandbox-accounts";
import type { TikTokScope } from "./scopes";

type FieldSpec = { scope: TikTokScope; read: (account: SandboxTikTokAccount) => string | number | boolean };

/** `GET /v2/user/info/` fields, the scope each needs, and where the sandbox finds its value. */
const USER_FIELDS: ReadonlyMap<string, FieldSpec> = new Map<string, FieldSpec>([
  ["open_id", { scope: "user.info.basic", read: (account) => account.openId }],
  ["union_id", { scope: "user.info.basic", read: (account) => account.unionId }],
  ["avatar_url", { scope: "user.info.basic", read: avatarDataUrl }],
  ["avatar_url_100", { scope: "user.info.basic", read: avatarDataUrl }],
  ["avatar_large_url", { scope: "user.info.basic", read: avatarDataUrl }],
  ["display_name", { scope: "user.info.basic", read: (account) => account.displayName }],
  ["bio_description", { scope: "user.info.profile", read: (account) => account.bioDescription }],
  ["profile_deep_link", { scope: "user.info.profile", read: (account) => `https://www.tiktok.com/@${account.username}` }],
  ["is_verified", { scope: "user.info.profile", read: (account) => account.isVerified }],
  ["username", { scope: "user.info.profile", read: (account) => account.username }],
  ["follower_count", { scope: "user.info.stats", read: (account) => account.followerCount }],
  ["following_count", { scope: "user.info.stats", read: (account) => account.followingCount }],
  ["likes_count", { scope: "user.info.stats", read: (account) => account.likesCount }],
  ["video_count", { scope: "user.info.stats", read: (account) => account.videoCount }],
]);

export type UserFieldsRequest =
  | { ok: true; fields: string[] }
  | { ok: false; problem: "invalid_params" | "scope_not_authorized"; message: string };

/** Checks a `fields` query value against the known fields and the scopes a token carries. */
export function checkUserFields(fieldsParameter: string | undefined, grantedScopes: readonly TikTokScope[]): UserFieldsRequest {
  const fields = (fieldsParameter ?? "")
    .split(",")
    .map((field) => field.trim())
    .filter((field) => field.length > 0);
  if (fields.length === 0) return { ok: false, problem: "invalid_params", message: "The fields parameter is required." };
  const unknown: string[] = [];
  const requiredScopes = new Set<TikTokScope>();
  for (const field of fields) {
    const spec = USER_FIELDS.get(field);
    if (spec === undefined) unknown.push(field);
    else requiredScopes.add(spec.scope);
  }
  if (unknown.length > 0) {
    return { ok: false, problem: "invalid_params", message: `Invalid fields: ${unknown.join(",")}.` };
  }
  if ([...requiredScopes].some((scope) => !grantedScopes.includes(scope))) {
    return {
      ok: false,
      problem: "scope_not_authorized",
      message: "The user did not authorize the scope required for completing this request.",
    };
  }
  return { ok: true, fields };
}

/** The `data.user` object: exactly the requested fields. */
export function userObject(account: SandboxTikTokAccount, fields: readonly string[]): Record<string, unknown> {
  const user: Record<string, unknown> = {};
  for (const field of fields) {
    const spec = USER_FIELDS.get(field);
    if (spec !== undefined) user[field] = spec.read(account);
  }
  return user;
}
