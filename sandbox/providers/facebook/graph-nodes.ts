import { SANDBOX_FACEBOOK_USER, type SandboxInstagramAccount, type SandboxPage } from "./facebook-account";
import type { FacebookToken } from "./facebook-state";

/** Every field the simulated node types have; `undefined` where a node has no value. */
export function pageNode(page: SandboxPage): Record<string, unknown> {
  return {
    id: page.id,
    name: page.name,
    category: page.category,
    followers_count: page.followersCount,
    instagram_business_account: page.instagram === null ? undefined : { id: page.instagram.id },
  };
}

export function instagramUserNode(account: SandboxInstagramAccount): Record<string, unknown> {
  return {
    id: account.id,
    username: account.username,
    name: account.name,
    profile_picture_url: account.profilePictureUrl,
    followers_count: account.followersCount,
    follows_count: account.followsCount,
    media_count: account.mediaCount,
  };
}

export function userNode(): Record<string, unknown> {
  return { id: SANDBOX_FACEBOOK_USER.id, name: SANDBOX_FACEBOOK_USER.name };
}

/** A Page token sees its own Page; a user token sees the Pages ticked in the dialog. */
export function canSeePage(token: FacebookToken, pageId: string): boolean {
  return token.kind === "page" ? token.grant.pageId === pageId : token.grant.pageIds.includes(pageId);
}

export const NODE_DEFAULT_FIELDS = {
  page: ["name"],
  instagramUser: [],
  user: ["name"],
  pageListEntry: ["access_token", "category", "name", "tasks"],
} as const;

/** What a Page admin may do, as `me/accounts` lists it. */
export const PAGE_ADMIN_TASKS = ["ADVERTISE", "ANALYZE", "CREATE_CONTENT", "MESSAGING", "MODERATE", "MANAGE"];
