import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { enforceRateLimit } from "@/lib/rate-limit";
import { rateLimitRules } from "@/lib/rate-limit/rules";
import type { CompanyInput } from "./company-input";
import { checkOnboardingFormToken } from "./onboarding-form-token";
import { onboardingNotificationEmail } from "./onboarding-email";
import { createCompany } from "./save-company";

export type OnboardingSubmission = {
  company: Pick<CompanyInput, "name" | "contactName" | "contactEmail" | "phone" | "website" | "country" | "notes">;
  /** The hidden field people never see; anything in it means a bot filled the form. */
  honeypot: string;
  /** From issueOnboardingFormToken, rendered into the form. */
  formToken: string;
};

export type OnboardingOutcome =
  | { outcome: "created"; companyId: string }
  /** A bot was caught: the caller answers exactly as for a real sign-up. */
  | { outcome: "ignored" };

export const FORM_EXPIRED_MESSAGE = "This form has expired. Reload the page and send it again.";
export const TOO_FAST_MESSAGE = "That was quicker than we expected. Check your details, then send the form again.";

/**
 * A company registering itself. Rate limited per IP before anything else, so
 * bots count against the limit too; a filled honeypot is answered like a
 * success, giving the bot nothing to learn from.
 */
export async function submitOnboarding(
  submission: OnboardingSubmission,
  clientIp: string,
  now: Date = new Date(),
): Promise<OnboardingOutcome> {
  await enforceRateLimit(rateLimitRules.onboardingPerIp, clientIp, "Too many sign-ups from your network");
  if (submission.honeypot.trim() !== "") return { outcome: "ignored" };

  // A spoofed address defeats the per-IP limit; the contact address bounds a flood from one sender.
  const contactEmail = submission.company.contactEmail?.trim().toLowerCase();
  if (contactEmail) {
    await enforceRateLimit(rateLimitRules.onboardingPerContact, contactEmail, "Too many sign-ups for this e-mail address");
  }

  const verdict = checkOnboardingFormToken(submission.formToken, now);
  if (verdict === "too_fast") throw new UserFacingError(TOO_FAST_MESSAGE);
  if (verdict !== "ok") throw new UserFacingError(FORM_EXPIRED_MESSAGE);

  const company = await createCompany(
    { legalName: null, addressLine1: null, addressLine2: null, city: null, postalCode: null, taxId: null, ...submission.company },
    "ONBOARDING",
  );
  return { outcome: "created", companyId: company.id };
}

/**
 * E-mails the administrator about a company that signed up through the public
 * form (companies added in the console need no mail). Throws when the mail
 * fails, so the workflow retries it; the idempotency key keeps it one mail.
 */
export async function notifyAdminOfOnboarding(companyId: string): Promise<"sent" | "not an onboarding sign-up" | "no administrator"> {
  const [admin, company] = await Promise.all([
    db.user.findUnique({ where: { role: "SUPER_ADMIN" }, select: { email: true } }),
    db.company.findUnique({ where: { id: companyId } }),
  ]);
  if (!company || company.source !== "ONBOARDING") return "not an onboarding sign-up";
  if (!admin) return "no administrator";
  const companyUrl = new URL(`/companies/${company.id}`, env().APP_URL).toString();
  await sendMail({
    to: admin.email,
    ...onboardingNotificationEmail(company, companyUrl),
    idempotencyKey: `onboarding/${company.id}`,
    context: { companyId: company.id },
  });
  return "sent";
}
