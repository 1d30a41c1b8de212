import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** People need longer than this to fill the form; scripts posting at once do not. */
export const MIN_FILL_MILLISECONDS = 2_000;
const MAX_AGE_MILLISECONDS = 24 * 60 * 60 * 1000;

export type FormTokenVerdict = "ok" | "too_fast" | "expired" | "invalid";

/**
 * When the onboarding form was rendered, signed with the app's secret. A plain
 * timestamp could simply be back-dated by a script; a signed one must be fetched
 * from the page, and stops working after a day.
 */
export function issueOnboardingFormToken(now: Date = new Date()): string {
  const issuedAt = String(now.getTime());
  return `${issuedAt}.${signature(issuedAt)}`;
}

export function checkOnboardingFormToken(token: string, now: Date = new Date()): FormTokenVerdict {
  const match = /^(\d{1,15})\.([\w-]{43})$/.exec(token);
  if (!match?.[1] || !match[2]) return "invalid";
  const expected = Buffer.from(signature(match[1]));
  const given = Buffer.from(match[2]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return "invalid";
  const age = now.getTime() - Number(match[1]);
  if (age < MIN_FILL_MILLISECONDS) return "too_fast";
  if (age > MAX_AGE_MILLISECONDS) return "expired";
  return "ok";
}

function signature(issuedAt: string): string {
  // The purpose prefix keeps this signature from being valid anywhere else the secret is used.
  return createHmac("sha256", env().AUTH_SECRET).update(`onboarding-form:${issuedAt}`).digest("base64url");
}
