import { escapeHtml, renderPage } from "../../core/html";
import type { AuthorizeRequest } from "./authorize-request";
import { SANDBOX_TIKTOK_ACCOUNTS } from "./sandbox-accounts";
import { SCOPE_DESCRIPTIONS } from "./scopes";

export type ConsentLinks = {
  approveAs: (openId: string) => string;
  deny: string;
};

/** TikTok's "authorize this app" page: what is asked, one button per sandbox account, and cancel. */
export function renderConsentPage(request: AuthorizeRequest, links: ConsentLinks): string {
  const scopes = request.scopes
    .map((scope) => `<li><code>${escapeHtml(scope)}</code>: ${escapeHtml(SCOPE_DESCRIPTIONS[scope])}</li>`)
    .join("");
  const accounts = SANDBOX_TIKTOK_ACCOUNTS.map(
    (account) =>
      `<li><a data-testid="tiktok-approve" data-open-id="${escapeHtml(account.openId)}" href="${escapeHtml(links.approveAs(account.openId))}">Continue as ${escapeHtml(account.displayName)} (@${escapeHtml(account.username)})</a></li>`,
  ).join("");
  return renderPage(
    "TikTok sandbox: authorize app",
    `<h1>Authorize this app to use your TikTok account</h1>
<p>It will be able to:</p><ul>${scopes}</ul>
<h2>Sign in as</h2><ul>${accounts}</ul>
<p><a data-testid="tiktok-deny" href="${escapeHtml(links.deny)}">Cancel</a></p>
<p class="empty">Redirects to <code>${escapeHtml(request.redirectUri)}</code>.</p>`,
  );
}

/** What TikTok shows instead of the consent page when the request cannot be honoured. */
export function renderAuthorizeError(problem: string): string {
  return renderPage(
    "TikTok sandbox: authorization error",
    `<h1>Something went wrong</h1><p data-testid="tiktok-authorize-error">${escapeHtml(problem)}</p>`,
  );
}
