import type { RateLimitRule } from "@/lib/rate-limit";

const minutes = (n: number) => n * 60;

/** Every public form's limits in one place, so they can be reviewed together. */
export const rateLimitRules = {
  loginPerIp: { name: "login:ip", limit: 30, windowSeconds: minutes(15) },
  loginFailuresPerAccount: { name: "login:account", limit: 5, windowSeconds: minutes(15) },
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
} satisfies Record<string, RateLimitRule>;
