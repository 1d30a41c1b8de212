import type { Company } from "@/lib/generated/prisma/client";
import { escapeHtml } from "@/lib/mail/escape-html";

type OnboardedCompany = Pick<Company, "name" | "contactName" | "contactEmail" | "phone" | "website" | "country" | "notes">;

/** Tells the administrator a company registered itself, with a link to its page. */
export function onboardingNotificationEmail(company: OnboardedCompany, companyUrl: string) {
  const rows: [string, string | null][] = [
    ["Company", company.name],
    ["Contact", company.contactName],
    ["E-mail", company.contactEmail],
    ["Phone", company.phone],
    ["Website", company.website],
    ["Country", company.country],
    ["What they need", company.notes],
  ];
  const filled = rows.filter((row): row is [string, string] => Boolean(row[1]));
  return {
    subject: `New company sign-up: ${company.name}`,
    text: [
      "A company registered itself through the onboarding form.",
      "",
      ...filled.map(([label, value]) => `${label}: ${value}`),
      "",
      `Open it in the console: ${companyUrl}`,
    ].join("\n"),
    html: `<p>A company registered itself through the onboarding form.</p>
<table>${filled.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join("")}</table>
<p><a href="${escapeHtml(companyUrl)}">Open it in the console</a></p>`,
  };
}
