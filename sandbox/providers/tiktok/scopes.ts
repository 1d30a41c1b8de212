/** Scopes the simulated app may request. */
export const TIKTOK_SCOPES = [
  "user.info.basic",
  "user.info.profile",
  "user.info.stats",
  "video.list",
  "video.upload",
  "video.publish",
] as const;

export type TikTokScope = (typeof TIKTOK_SCOPES)[number];

/** What the consent page tells the user each scope allows. */
export const SCOPE_DESCRIPTIONS: Readonly<Record<TikTokScope, string>> = {
  "user.info.basic": "Read your profile info (avatar, display name)",
  "user.info.profile": "Read your profile details (bio, username, verification)",
  "user.info.stats": "Read your statistics (followers, likes, videos)",
  "video.list": "Read your public videos",
  "video.upload": "Upload videos as drafts",
  "video.publish": "Post videos to your profile",
};
