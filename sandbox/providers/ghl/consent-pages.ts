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

/** Choices on the chooser besides a plain Allow, so tests can play an admin who picks the wrong thing. */
const consentChoiceSchema = z.object({
  install_for: z.enum(["agency", "location"]).default("agency"),
  /** A scope the admin unticked (space-separated for several). */
  omit_scope: z.string().default(""),
});

function renderConsent(request: AuthorizationRequest, allowHref: string, denyHref: string): string {
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
<p><a data-testid="ghl-allow-location" href="${escapeHtml(`${allowHref}&install_for=location`)}">Allow for one sub-account only</a></p>
<p><a data-testid="ghl-deny" href="${escapeHtml(denyHref)}">Deny</a></p>
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
    const query = new URLSearchParams(c.req.query()).toString();
    const page = renderConsent(parsed.request, `${consentPath}/allow?${query}`, `${consentPath}/deny?${query}`);
    return c.html(page, 200, PAGE_SECURITY_HEADERS);
  });

  pages.get("/oauth/chooselocation/deny", (c) => {
    const parsed = parseRequest(c);
    if (!parsed.ok) return parsed.response;
    const url = new URL(parsed.request.redirect_uri);
    url.searchParams.set("error", "access_denied");
    if (parsed.request.state !== undefined) url.searchParams.set("state", parsed.request.state);
    return c.redirect(url.toString(), 302);
  });

  // A link rather than a form: sandbox pages may not submit forms (PAGE_SECURITY_HEADERS).
  pages.get("/oauth/chooselocation/allow", (c) => {
    const parsed = parseRequest(c);
    if (!parsed.ok) return parsed.response;
    const choice = consentChoiceSchema.safeParse(c.req.query());
    if (!choice.success) return c.html(renderRefusal("install_for must be agency or location"), 400, PAGE_SECURITY_HEADERS);
    const omitted = new Set(choice.data.omit_scope.split(/\s+/).filter(Boolean));
    const now = context.clock.now();
    const code = newOpaqueSecret(context.random, "sbx-ghl-code-");
    store.codes.set(code, {
      userType: choice.data.install_for === "agency" ? "Company" : "Location",
      locationId: choice.data.install_for === "agency" ? null : SANDBOX_AGENCY.crmLocationId,
      clientId: parsed.request.client_id,
      redirectUri: parsed.request.redirect_uri,
      scope: parsed.request.scope
        .split(/\s+/)
        .filter((scope) => !omitted.has(scope))
        .join(" "),
      companyId: SANDBOX_AGENCY.companyId,
      userId: SANDBOX_AGENCY.adminUserId,
      expiresAt: new Date(now.getTime() + AUTHORIZATION_CODE_LIFETIME_SECONDS * 1000),
      used: false,
    });
    return c.redirect(callbackUrl(parsed.request, code), 302);
  });

  return pages;
}
