import { escapeHtml, renderPage } from "../../core/html";

export type ConsentPage = {
  /** e.g. `facebook`: prefix of the `data-testid`s browser tests click on. */
  platform: string;
  heading: string;
  /** Already-safe HTML under the heading: who is logged in, what the app asks. */
  introHtml: string;
  scopes: readonly string[];
  /** Already-safe HTML of the choices (checkboxes), or empty. */
  choicesHtml: string;
  formAction: string;
  hiddenFields: Readonly<Record<string, string>>;
};

/** Like the real dialogs: one form whose "Continue" grants and whose "Cancel" denies. */
export function renderConsentPage(page: ConsentPage): string {
  const hidden = Object.entries(page.hiddenFields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("\n");
  const scopes =
    page.scopes.length === 0
      ? `<p class="empty">No permissions requested.</p>`
      : `<ul>${page.scopes.map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`).join("")}</ul>`;
  const prefix = escapeHtml(page.platform);
  return renderPage(
    page.heading,
    `<h1>${escapeHtml(page.heading)}</h1>
${page.introHtml}
<form method="post" action="${escapeHtml(page.formAction)}" data-testid="${prefix}-consent-form">
${hidden}
${page.choicesHtml}
<h2>Permissions requested</h2>
${scopes}
<p>
  <button type="submit" name="decision" value="allow" data-testid="${prefix}-consent-continue">Continue</button>
  <button type="submit" name="decision" value="deny" data-testid="${prefix}-consent-cancel">Cancel</button>
</p>
</form>`,
  );
}

/** The dialog's refusal when the app's request itself is wrong; nothing is redirected. */
export function renderConsentError(heading: string, message: string): string {
  return renderPage(heading, `<h1>${escapeHtml(heading)}</h1><p data-testid="consent-error">${escapeHtml(message)}</p>`);
}

/**
 * Security headers for the dialog: the form may post to the sandbox and the redirect it answers
 * may lead to the app (browsers apply `form-action` to redirects after a submission).
 */
export function consentPageHeaders(redirectUri: URL | null): Record<string, string> {
  const formTargets = redirectUri === null ? "'self'" : `'self' ${redirectUri.origin}`;
  return {
    "content-security-policy": `default-src 'none'; style-src 'unsafe-inline'; form-action ${formTargets}; frame-ancestors 'none'`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
}
