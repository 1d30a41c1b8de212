import { describe, expect, it } from "vitest";
import type { Network } from "@/lib/generated/prisma/client";
import { networkOfCategory } from "@/lib/services/network";

// Category strings as SMM panels print them.
const CASES: readonly [string, Network][] = [
  ["Instagram Followers [Refill 30D]", "INSTAGRAM"],
  ["Instagram Likes", "INSTAGRAM"],
  ["Instagram TV Views", "INSTAGRAM"],
  ["IG Story Views", "INSTAGRAM"],
  ["instagram reels views", "INSTAGRAM"],
  ["TikTok Views", "TIKTOK"],
  ["Tiktok Followers [Non Drop]", "TIKTOK"],
  ["Tik Tok Likes", "TIKTOK"],
  ["Youtube Watch Time", "YOUTUBE"],
  ["YouTube Subscribers", "YOUTUBE"],
  ["YouTube Shorts Views", "YOUTUBE"],
  ["Facebook Page Likes", "FACEBOOK"],
  ["Facebook Post Reactions", "FACEBOOK"],
  ["Twitter Followers", "TWITTER"],
  ["X - Retweets", "TWITTER"],
  ["Twitter Likes", "TWITTER"],
  ["Telegram Channel Members", "TELEGRAM"],
  ["Telegram Post Views", "TELEGRAM"],
  ["Spotify Plays", "SPOTIFY"],
  ["Spotify Monthly Listeners", "SPOTIFY"],
  ["Website Traffic", "OTHER"],
  ["Google Reviews", "OTHER"],
  ["", "OTHER"],
];

describe("networkOfCategory", () => {
  it.each(CASES)("reads %j as %s", (category, network) => {
    expect(networkOfCategory(category)).toBe(network);
  });
});
