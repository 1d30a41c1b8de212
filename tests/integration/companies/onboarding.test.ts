import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { registerSuperAdmin } from "@/lib/auth/accounts";
import {
  FORM_EXPIRED_MESSAGE,
  notifyAdminOfOnboarding,
  type OnboardingSubmission,
  submitOnboarding,
  TOO_FAST_MESSAGE,
} from "@/lib/companies/onboarding";
import { checkOnboardingFormToken, issueOnboardingFormToken } from "@/lib/companies/onboarding-form-token";
import { db } from "@/lib/db";
import { RateLimitedError } from "@/lib/errors";
import { rateLimitRules } from "@/lib/rate-limit/rules";
import { createSandboxControl } from "../../../sandbox/testing/sandbox-control";
import { notifyAdminOfOnboardingFunction } from "@/inngest/functions/notify-admin-of-onboarding";
import { sandboxMailsTo } from "../../support/sandbox-mail";
import { runWorkflowsUntilIdle } from "../../support/workflows/run-workflows";

const adminEmail = "owner@agency.test";
const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000);

let submissions = 0;

/** A sign-up; each from its own contact address unless a test says otherwise (addresses are rate limited too). */
function submission(overrides: Partial<OnboardingSubmission> = {}): OnboardingSubmission {
  submissions += 1;
  return {
    company: {
      name: "Sunrise Bakery",
      contactName: "Maria Silva",
      contactEmail: `maria+${submissions}@sunrise.test`,
      phone: "+351 912 345 678",
      website: "https://sunrise.test",
      country: "Portugal",
      notes: "Instagram followers for our new shop <3",
    },
    honeypot: "",
    formToken: issueOnboardingFormToken(secondsAgo(5)),
    ...overrides,
  };
}

beforeAll(async () => {
  await registerSuperAdmin({ name: "Owner", email: adminEmail, password: "blue canyon river 42" }, "10.50.0.1");
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the onboarding form token", () => {
  it("accepts a form filled in over two seconds and up to a day", () => {
    expect(checkOnboardingFormToken(issueOnboardingFormToken(secondsAgo(3)))).toBe("ok");
    expect(checkOnboardingFormToken(issueOnboardingFormToken(secondsAgo(23 * 3600)))).toBe("ok");
  });

  it("calls a form sent within two seconds too fast, and a day-old one expired", () => {
    expect(checkOnboardingFormToken(issueOnboardingFormToken(secondsAgo(1)))).toBe("too_fast");
    expect(checkOnboardingFormToken(issueOnboardingFormToken(secondsAgo(25 * 3600)))).toBe("expired");
  });

  it("rejects a back-dated or made-up token", () => {
    const genuine = issueOnboardingFormToken(secondsAgo(1));
    const backdated = genuine.replace(/^\d+/, String(Date.now() - 60_000));
    expect(checkOnboardingFormToken(backdated)).toBe("invalid");
    expect(checkOnboardingFormToken(String(Date.now() - 60_000))).toBe("invalid");
    expect(checkOnboardingFormToken("")).toBe("invalid");
  });
});

describe("submitOnboarding", () => {
  it("limits sign-ups per contact address, whatever address they come from", async () => {
    const sameSender = () => {
      const base = submission();
      return { ...base, company: { ...base.company, contactEmail: "Flood@Sender.test" } };
    };
    for (let i = 0; i < rateLimitRules.onboardingPerContact.limit; i++) {
      await expect(submitOnboarding(sameSender(), `10.51.0.${i}`)).resolves.toMatchObject({ outcome: "created" });
    }
    await expect(submitOnboarding(sameSender(), "10.51.1.1")).rejects.toThrow(/^Too many sign-ups for this e-mail address\. Try again in/);
  });

  it("creates the company as an onboarding sign-up", async () => {
    const result = await submitOnboarding(submission(), "10.50.1.1");
    if (result.outcome !== "created") throw new Error(`expected a company, got ${result.outcome}`);

    const company = await db.company.findUniqueOrThrow({ where: { id: result.companyId } });
    expect(company).toMatchObject({
      name: "Sunrise Bakery",
      contactName: "Maria Silva",
      contactEmail: expect.stringMatching(/^maria\+\d+@sunrise\.test$/),
      country: "Portugal",
      notes: "Instagram followers for our new shop <3",
      source: "ONBOARDING",
      status: "ACTIVE",
      legalName: null,
    });
  });

  it("answers a filled honeypot like a success but creates nothing", async () => {
    const before = await db.company.count();
    const result = await submitOnboarding(submission({ honeypot: "https://spam.test" }), "10.50.2.1");
    expect(result).toEqual({ outcome: "ignored" });
    expect(await db.company.count()).toBe(before);
  });

  it("refuses a form sent too fast, or with a forged token, and creates nothing", async () => {
    const before = await db.company.count();
    await expect(
      submitOnboarding(submission({ formToken: issueOnboardingFormToken() }), "10.50.3.1"),
    ).rejects.toThrow(TOO_FAST_MESSAGE);
    await expect(submitOnboarding(submission({ formToken: "1700000000000.forged" }), "10.50.3.1")).rejects.toThrow(
      FORM_EXPIRED_MESSAGE,
    );
    expect(await db.company.count()).toBe(before);
  });

  it("limits sign-ups per IP, honeypot hits included, and says when to retry", async () => {
    const ip = "10.50.4.1";
    const limit = rateLimitRules.onboardingPerIp.limit;
    for (let i = 0; i < limit - 1; i++) {
      await submitOnboarding(submission({ company: { ...submission().company, name: `Burst ${i}` } }), ip);
    }
    await submitOnboarding(submission({ honeypot: "bot" }), ip);
    const before = await db.company.count();

    const refused = submitOnboarding(submission({ company: { ...submission().company, name: "One too many" } }), ip);
    await expect(refused).rejects.toBeInstanceOf(RateLimitedError);
    await expect(refused).rejects.toThrow(/^Too many sign-ups from your network\. Try again in \d+ minutes?\.$/);
    expect(await db.company.count()).toBe(before);

    await expect(submitOnboarding(submission(), "10.50.4.2")).resolves.toMatchObject({ outcome: "created" });
  });
});

describe("the administrator's sign-up e-mail (a workflow)", () => {
  it("is sent once, with the sign-up's details and a link to the company", async () => {
    const result = await submitOnboarding(
      submission({ company: { ...submission().company, name: "Notify <Me> & Co" } }),
      "10.50.5.1",
    );
    if (result.outcome !== "created") throw new Error("expected a company");

    await runWorkflowsUntilIdle([notifyAdminOfOnboardingFunction]);
    // A retried step reuses the idempotency key: still one mail.
    await expect(notifyAdminOfOnboarding(result.companyId)).resolves.toBe("sent");

    const mails = (await sandboxMailsTo(adminEmail)).filter((mail) => mail.subject.includes("Notify <Me> & Co"));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe("New company sign-up: Notify <Me> & Co");
    expect(mail?.text).toContain("Contact: Maria Silva");
    expect(mail?.text).toContain(`http://localhost:3000/companies/${result.companyId}`);
    expect(mail?.html).toContain("Notify &lt;Me&gt; &amp; Co");
    expect(mail?.html).not.toContain("<Me>");
  });

  it("survives a mail outage: the company is kept and the mail goes out once the provider is back", async () => {
    const control = createSandboxControl(process.env.SANDBOX_URL ?? "");
    await runWorkflowsUntilIdle([notifyAdminOfOnboardingFunction]);
    const result = await submitOnboarding(
      submission({ company: { ...submission().company, name: "Mail Outage Ltd" } }),
      "10.50.6.1",
    );
    if (result.outcome !== "created") throw new Error("expected a company");
    // Resend's client tries 3 times per step attempt: 7 failures span three step attempts.
    await control.injectFault({ provider: "resend", path: "/emails", mode: "http_500", count: 7 });

    await runWorkflowsUntilIdle([notifyAdminOfOnboardingFunction]);

    expect(await db.company.findUnique({ where: { id: result.companyId } })).not.toBeNull();
    expect((await sandboxMailsTo(adminEmail)).filter((mail) => mail.subject.includes("Mail Outage Ltd"))).toHaveLength(1);
    const run = await db.workflowRun.findFirstOrThrow({ where: { eventId: `company-created:${result.companyId}` }, include: { steps: true } });
    expect(run.status).toBe("COMPLETED");
    expect(run.steps[0]?.attempts).toBeGreaterThan(1);
  });

  it("is not sent for companies added in the console", async () => {
    await expect(notifyAdminOfOnboarding((await db.company.create({ data: { name: "Console Co" } })).id)).resolves.toBe("not an onboarding sign-up");
  });
});
