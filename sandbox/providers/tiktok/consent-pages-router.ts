import { Hono } from "hono";
import { PAGE_SECURITY_HEADERS } from "../../core/html";
import type { SandboxContext } from "../../core/sandbox-context";
import { approveAuthorization } from "./approve-authorization";
import { checkAuthorizeRequest, type AuthorizeRequest } from "./authorize-request";
import { renderAuthorizeError, renderConsentPage } from "./consent-page";
import { findSandboxAccount } from "./sandbox-accounts";
import type { TikTokStore } from "./tiktok-store";

const AUTHORIZE_ROUTE = "/www/v2/auth/authorize/";

function callbackUrl(request: AuthorizeRequest, parameters: Record<string, string>): string {
  const url = new URL(request.redirectUri);
  for (const [name, value] of Object.entries(parameters)) url.searchParams.set(name, value);
  if (request.state !== undefined) url.searchParams.set("state", request.state);
  return url.toString();
}

/**
 * The human part of TikTok Login under `<mount>/www`: the consent page and the approve and deny
 * links it offers. `authorizePath` is the consent page's absolute path, used in those links.
 */
export function createTikTokConsentPages(context: SandboxContext, store: TikTokStore, authorizePath: string): Hono {
  const pages = new Hono();

  pages.get(AUTHORIZE_ROUTE, (c) => {
    const check = checkAuthorizeRequest(c.req.query());
    if (!check.ok) return c.html(renderAuthorizeError(check.problem), 400, PAGE_SECURITY_HEADERS);
    const forwarded = new URLSearchParams(c.req.query()).toString();
    const links = {
      approveAs: (openId: string) => `${authorizePath}approve?${forwarded}&open_id=${encodeURIComponent(openId)}`,
      deny: `${authorizePath}deny?${forwarded}`,
    };
    return c.html(renderConsentPage(check.request, links), 200, PAGE_SECURITY_HEADERS);
  });

  pages.get(`${AUTHORIZE_ROUTE}approve`, (c) => {
    const check = checkAuthorizeRequest(c.req.query());
    if (!check.ok) return c.html(renderAuthorizeError(check.problem), 400, PAGE_SECURITY_HEADERS);
    const account = findSandboxAccount(c.req.query("open_id") ?? "");
    if (account === undefined) return c.html(renderAuthorizeError("Unknown sandbox account"), 400, PAGE_SECURITY_HEADERS);
    const code = approveAuthorization(store, check.request, account.openId, context.clock.nowMs(), context.random);
    return c.redirect(callbackUrl(check.request, { code, scopes: check.request.scopes.join(",") }), 302);
  });

  pages.get(`${AUTHORIZE_ROUTE}deny`, (c) => {
    const check = checkAuthorizeRequest(c.req.query());
    if (!check.ok) return c.html(renderAuthorizeError(check.problem), 400, PAGE_SECURITY_HEADERS);
    const denial = { error: "access_denied", error_description: "The user denied the authorization request." };
    return c.redirect(callbackUrl(check.request, denial), 302);
  });

  return pages;
}
