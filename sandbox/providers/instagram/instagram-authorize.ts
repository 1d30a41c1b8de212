import { Hono } from "hono";
import { escapeHtml } from "../../core/html";
import type { SandboxContext } from "../../core/sandbox-context";
import { consentPageHeaders, renderConsentError, renderConsentPage } from "../facebook/consent-page";
import { consentRedirectLocation } from "../facebook/consent-redirect";
import {
  checkDialogRequest,
  dialogHiddenFields,
  dialogParametersFromForm,
  formValue,
  type DialogParameters,
  type PostedForm,
} from "../facebook/dialog-request";
import { INSTAGRAM_SANDBOX_APP } from "./instagram-app";
import type { InstagramSandboxState } from "./instagram-state";

const ERROR_HEADING = "Instagram authorization error";
/** Instagram ends every authorize redirect with this fragment. */
const INSTAGRAM_REDIRECT_FRAGMENT = "_";

/**
 * The authorize page at `/instagram/www/oauth/authorize`: the sandbox account is logged in;
 * "Continue" returns a code, "Cancel" returns `error=access_denied`.
 */
export function createInstagramAuthorizePages(context: SandboxContext, state: InstagramSandboxState): Hono {
  const pages = new Hono();

  pages.get("/www/oauth/authorize", (c) => {
    const parameters: DialogParameters = c.req.query();
    const checked = checkDialogRequest(parameters, INSTAGRAM_SANDBOX_APP.id);
    if (!checked.ok) return c.html(renderConsentError(ERROR_HEADING, checked.problem), 400, consentPageHeaders(null));
    const { login } = state;
    const html = renderConsentPage({
      platform: "instagram",
      heading: `Allow ${INSTAGRAM_SANDBOX_APP.name} to access your Instagram account?`,
      introHtml: `<p>Logged in to the sandbox Instagram as <strong data-testid="instagram-username">@${escapeHtml(login.username)}</strong> (${escapeHtml(login.name)}, ${escapeHtml(login.accountType.toLowerCase().replace("_", " "))} account).</p>`,
      scopes: checked.request.scopes,
      choicesHtml: "",
      formAction: `${c.req.path}/confirm`,
      hiddenFields: dialogHiddenFields(parameters),
    });
    return c.html(html, 200, consentPageHeaders(checked.request.redirectUri));
  });

  pages.post("/www/oauth/authorize/confirm", async (c) => {
    const form: PostedForm = await c.req.parseBody({ all: true });
    const checked = checkDialogRequest(dialogParametersFromForm(form), INSTAGRAM_SANDBOX_APP.id);
    if (!checked.ok) return c.html(renderConsentError(ERROR_HEADING, checked.problem), 400, consentPageHeaders(null));
    const { redirectUri, redirectUriText, state: oauthState, scopes } = checked.request;

    if (formValue(form, "decision") !== "allow") {
      const answer = {
        error: "access_denied",
        error_reason: "user_denied",
        error_description: "The user denied your request.",
        state: oauthState,
      };
      return c.redirect(consentRedirectLocation(redirectUri, answer, INSTAGRAM_REDIRECT_FRAGMENT), 302);
    }
    const code = state.codes.issue({ userId: state.login.userId, scopes }, redirectUriText, context.clock.nowMs());
    return c.redirect(consentRedirectLocation(redirectUri, { code, state: oauthState }, INSTAGRAM_REDIRECT_FRAGMENT), 302);
  });

  return pages;
}
