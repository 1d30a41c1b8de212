import type { RateLimitRule } from "@/lib/rate-limit";

const minutes = (n: number) => n * 60;

/** Every public form's limits in one place, so they can be reviewed together. */
export const rateLimitRules = {
  loginPerIp: { name: "login:ip", limit: 30, windowSeconds: minutes(15) },
  // Blocks one address guessing one account; other addresses (the owner's) are unaffected.
  loginFailuresPerAccountAndIp: { name: "login:account-ip", limit: 5, windowSeconds: minutes(15) },
  // Never blocks: counts attempts on an account from anywhere to slow them down (lib/auth/login-slowdown.ts).
  loginAttemptsPerAccount: { name: "login:account", limit: 10_000, windowSeconds: minutes(15) },
  changePasswordPerAccount: { name: "change-password:account", limit: 5, windowSeconds: minutes(15) },
  registerPerIp: { name: "register:ip", limit: 10, windowSeconds: minutes(60) },
  registerPerAccount: { name: "register:account", limit: 5, windowSeconds: minutes(60) },
  forgotPasswordPerIp: { name: "forgot-password:ip", limit: 10, windowSeconds: minutes(15) },
  forgotPasswordPerAccount: { name: "forgot-password:account", limit: 3, windowSeconds: minutes(60) },
  onboardingPerIp: { name: "onboarding:ip", limit: 5, windowSeconds: minutes(60) },
  onboardingPerContact: { name: "onboarding:contact", limit: 3, windowSeconds: minutes(24 * 60) },
  // Provider webhooks (per provider and sending address): Meta and TikTok deliver from many
  // addresses, so one address sending more than this is a flood, answered 429 unprocessed.
  providerWebhooksPerIp: { name: "webhook:ip", limit: 120, windowSeconds: minutes(1) },
  // Holds when addresses are unknown or forged: a flood of sign-ups stops at this many an hour.
  onboardingGlobal: { name: "onboarding:all", limit: 60, windowSeconds: minutes(60) },
  // A form token counts once: the second use of the same token is over the limit.
  onboardingFormTokenUse: { name: "onboarding:form-token", limit: 1, windowSeconds: minutes(25 * 60) },
} satisfies Record<string, RateLimitRule>;
