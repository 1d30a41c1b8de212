import { Hono, type Context } from "hono";
import { z } from "zod";
import { PAGE_SECURITY_HEADERS, escapeHtml, renderPage } from "../../core/html";
import type { SandboxContext } from "../../core/sandbox-context";
import type { GhlStore } from "./ghl-store";
import { AUTHORIZATION_CODE_LIFETIME_SECONDS, SANDBOX_AGENCY, SANDBOX_GHL_CLIENT_ID } from "./sandbox-agency";
import { newOpaqueSecret } from "./sandbox-ids";

const webUrl = z.url({ protocol: /^https?$/, error: "redirect_uri must be an http(s) URL" });

const authorizationRequestSchema = z.object({
  response_type: z.literal("code", { error: "response_type must be code" }),
  client_id: z.literal(SANDBOX_GHL_CLIENT_ID, { error: "client_id is not a known app" }),
  redirect_uri: webUrl,
  scope: z.string({ error: "scope is required" }).trim().min(1, { error: "scope is required" }),
  state: z.string().optional(),
});
type AuthorizationRequest = z.output<typeof authorizationRequestSchema>;

function renderConsent(request: AuthorizationRequest, allowHref: string): string {
  const scopes = request.scope
    .split(/\s+/)
    .map((scope) => `<li><code>${escapeHtml(scope)}</code></li>`)
    .join("");
  return renderPage(
    "Sandbox GoHighLevel: authorize app",
    `<h1>Authorize app</h1>
<p>The app <code>${escapeHtml(request.client_id)}</code> asks for access to the agency
<strong>${escapeHtml(SANDBOX_AGENCY.name)}</strong>:</p>
<ul>${scopes}</ul>
<p><a data-testid="ghl-allow" href="${escapeHtml(allowHref)}">Allow</a></p>
<p class="empty">Simulated GoHighLevel marketplace: Allow returns to ${escapeHtml(request.redirect_uri)}
with a single-use code valid ${AUTHORIZATION_CODE_LIFETIME_SECONDS / 60} minutes.</p>`,
  );
}

function renderRefusal(problem: string): string {
  return renderPage(
    "Sandbox GoHighLevel: invalid request",
    `<h1>Invalid authorization request</h1><p>${escapeHtml(problem)}</p>`,
  );
}

function parseRequest(c: Context): { ok: true; request: AuthorizationRequest } | { ok: false; response: Response } {
  const parsed = authorizationRequestSchema.safeParse(c.req.query());
  if (parsed.success) return { ok: true, request: parsed.data };
  const problem = parsed.error.issues.map((issue) => issue.message).join("; ");
  return { ok: false, response: c.html(renderRefusal(problem), 400, PAGE_SECURITY_HEADERS) };
}

function callbackUrl(request: AuthorizationRequest, code: string): string {
  const url = new URL(request.redirect_uri);
  url.searchParams.set("code", code);
  if (request.state !== undefined) url.searchParams.set("state", request.state);
  return url.toString();
}

/**
 * The marketplace's location chooser for humans: `<mount>/oauth/chooselocation` shows what the
 * app asks for, and its Allow link issues a code and redirects to the app's callback.
 * `consentPath` is the page's absolute path, used to build the Allow link.
 */
export function createConsentPages(context: SandboxContext, store: GhlStore, consentPath: string): Hono {
  const pages = new Hono();

  pages.get("/oauth/chooselocation", (c) => {
    const parsed = parseRequest(c);
    if (!parsed.ok) return parsed.response;
    const allowHref = `${consentPath}/allow?${new URLSearchParams(c.req.query()).toString()}`;
    return c.html(renderConsent(parsed.request, allowHref), 200, PAGE_SECURITY_HEADERS);
  });

  // A link rather than a form: sandbox pages may not submit forms (PAGE_SECURITY_HEADERS).
  pages.get("/oauth/chooselocation/allow", (c) => {
    const parsed = parseRequest(c);
    if (!parsed.ok) return parsed.response;
    const now = context.clock.now();
    const code = newOpaqueSecret(context.random, "sbx-ghl-code-");
    store.codes.set(code, {
      clientId: parsed.request.client_id,
      redirectUri: parsed.request.redirect_uri,
      scope: parsed.request.scope,
      companyId: SANDBOX_AGENCY.companyId,
      userId: SANDBOX_AGENCY.adminUserId,
      expiresAt: new Date(now.getTime() + AUTHORIZATION_CODE_LIFETIME_SECONDS * 1000),
      used: false,
    });
    return c.redirect(callbackUrl(parsed.request, code), 302);
  });

  return pages;
}
