import type { Network } from "@/lib/generated/prisma/client";

// Checked in order: "Instagram TV" must not read as TikTok, "YouTube" as Twitter, etc.
const NETWORK_KEYWORDS: readonly [Network, RegExp][] = [
  ["INSTAGRAM", /\b(instagram|insta|ig)\b/i],
  ["TIKTOK", /\btik\s?tok\b/i],
  ["YOUTUBE", /\b(youtube|yt)\b/i],
  ["FACEBOOK", /\b(facebook|fb)\b/i],
  ["TWITTER", /\b(twitter|x\.com|tweets?)\b|^x\s/i],
  ["TELEGRAM", /\b(telegram|tg)\b/i],
  ["SPOTIFY", /\bspotify\b/i],
];

/** The social network a panel category is about ("Instagram Followers" → INSTAGRAM). */
export function networkOfCategory(category: string): Network {
  return NETWORK_KEYWORDS.find(([, pattern]) => pattern.test(category))?.[0] ?? "OTHER";
}

export const NETWORK_LABELS: Record<Network, string> = {
  INSTAGRAM: "Instagram",
  TIKTOK: "TikTok",
  YOUTUBE: "YouTube",
  FACEBOOK: "Facebook",
  TWITTER: "X/Twitter",
  TELEGRAM: "Telegram",
  SPOTIFY: "Spotify",
  OTHER: "Other",
};
