import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/** People need longer than this to fill the form; scripts posting at once do not. */
export const MIN_FILL_MILLISECONDS = 2_000;
const MAX_AGE_MILLISECONDS = 24 * 60 * 60 * 1000;

export type FormTokenVerdict = { verdict: "ok"; nonce: string } | { verdict: "too_fast" | "expired" | "invalid" };

/**
 * When the onboarding form was rendered, plus a random nonce, signed with the app's
 * secret. A plain timestamp could simply be back-dated by a script; a signed one must be
 * fetched from the page, and stops working after a day. The nonce lets each rendered
 * form be used once (the caller claims it, see submitOnboarding).
 */
export function issueOnboardingFormToken(now: Date = new Date()): string {
  const payload = `${now.getTime()}.${randomBytes(16).toString("base64url")}`;
  return `${payload}.${signature(payload)}`;
}

export function checkOnboardingFormToken(token: string, now: Date = new Date()): FormTokenVerdict {
  const match = /^((\d{1,15})\.([\w-]{22}))\.([\w-]{43})$/.exec(token);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return { verdict: "invalid" };
  const expected = Buffer.from(signature(match[1]));
  const given = Buffer.from(match[4]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { verdict: "invalid" };
  const age = now.getTime() - Number(match[2]);
  if (age < MIN_FILL_MILLISECONDS) return { verdict: "too_fast" };
  if (age > MAX_AGE_MILLISECONDS) return { verdict: "expired" };
  return { verdict: "ok", nonce: match[3] };
}

function signature(payload: string): string {
  // The purpose prefix keeps this signature from being valid anywhere else the secret is used.
  return createHmac("sha256", env().AUTH_SECRET).update(`onboarding-form:${payload}`).digest("base64url");
}
