import { Hono } from "hono";
import { escapeHtml } from "../../core/html";
import type { SandboxContext } from "../../core/sandbox-context";
import { consentPageHeaders, renderConsentError, renderConsentPage } from "./consent-page";
import { consentRedirectLocation } from "./consent-redirect";
import {
  checkDialogRequest,
  dialogHiddenFields,
  dialogParametersFromForm,
  formValue,
  formValues,
  type DialogParameters,
  type PostedForm,
} from "./dialog-request";
import { SANDBOX_FACEBOOK_USER, type SandboxPage } from "./facebook-account";
import { FACEBOOK_SANDBOX_APP } from "./facebook-app";
import type { FacebookSandboxState } from "./facebook-state";

const ERROR_HEADING = "Facebook Login error";
/** Facebook ends every dialog redirect with this fragment. */
const FACEBOOK_REDIRECT_FRAGMENT = "_=_";

function renderPageChoices(pages: readonly SandboxPage[]): string {
  if (pages.length === 0) return `<h2>Pages</h2><p class="empty">You do not manage any Facebook Page.</p>`;
  const options = pages
    .map((page) => {
      const instagram =
        page.instagram === null
          ? `<small>no Instagram account linked</small>`
          : `<small>Instagram @${escapeHtml(page.instagram.username)}</small>`;
      return `<li><label data-testid="facebook-page-option"><input type="checkbox" name="page_id" value="${escapeHtml(page.id)}" checked> ${escapeHtml(page.name)} · ${instagram}</label></li>`;
    })
    .join("\n");
  return `<h2>Choose the Pages the app may use</h2><ul>${options}</ul>`;
}

/**
 * The Login dialog at `/facebook/www/:version/dialog/oauth`: the sandbox user is always logged in
 * and picks Pages; "Continue" returns a code, "Cancel" returns `error=access_denied`.
 */
export function createFacebookDialogPages(context: SandboxContext, state: FacebookSandboxState): Hono {
  const pages = new Hono();

  pages.get("/www/:version{v\\d+\\.\\d+}/dialog/oauth", (c) => {
    const parameters: DialogParameters = c.req.query();
    const checked = checkDialogRequest(parameters, FACEBOOK_SANDBOX_APP.id);
    if (!checked.ok) return c.html(renderConsentError(ERROR_HEADING, checked.problem), 400, consentPageHeaders(null));
    const html = renderConsentPage({
      platform: "facebook",
      heading: `${FACEBOOK_SANDBOX_APP.name} wants to connect to your Facebook Pages`,
      introHtml: `<p>Logged in to the sandbox Facebook as <strong>${escapeHtml(SANDBOX_FACEBOOK_USER.name)}</strong>.</p>`,
      scopes: checked.request.scopes,
      choicesHtml: renderPageChoices(state.account.pages),
      formAction: `${c.req.path}/confirm`,
      hiddenFields: dialogHiddenFields(parameters),
    });
    return c.html(html, 200, consentPageHeaders(checked.request.redirectUri));
  });

  pages.post("/www/:version{v\\d+\\.\\d+}/dialog/oauth/confirm", async (c) => {
    const form: PostedForm = await c.req.parseBody({ all: true });
    const checked = checkDialogRequest(dialogParametersFromForm(form), FACEBOOK_SANDBOX_APP.id);
    if (!checked.ok) return c.html(renderConsentError(ERROR_HEADING, checked.problem), 400, consentPageHeaders(null));
    const { redirectUri, redirectUriText, state: oauthState, scopes } = checked.request;

    if (formValue(form, "decision") !== "allow") {
      const answer = {
        error: "access_denied",
        error_code: "200",
        error_description: "Permissions error",
        error_reason: "user_denied",
        state: oauthState,
      };
      return c.redirect(consentRedirectLocation(redirectUri, answer, FACEBOOK_REDIRECT_FRAGMENT), 302);
    }

    const ticked = new Set(formValues(form, "page_id"));
    const pageIds = state.account.pages.filter((page) => ticked.has(page.id)).map((page) => page.id);
    const code = state.codes.issue(
      { userId: SANDBOX_FACEBOOK_USER.id, scopes, pageIds },
      redirectUriText,
      context.clock.nowMs(),
    );
    return c.redirect(consentRedirectLocation(redirectUri, { code, state: oauthState }, FACEBOOK_REDIRECT_FRAGMENT), 302);
  });

  return pages;
}
