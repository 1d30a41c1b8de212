import { DEFAULT_SANDBOX_ACCOUNT } from "./sandbox-accounts";

const APPROVE_LINKS = /<a data-testid="tiktok-approve" data-open-id="([^"]+)" href="([^"]+)"/g;
const DENY_LINK = /<a data-testid="tiktok-deny" href="([^"]+)"/;

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

async function consentPage(authorizationUrl: string): Promise<string> {
  const page = await fetch(authorizationUrl);
  const html = await page.text();
  if (!page.ok) throw new Error(`The consent page answered HTTP ${page.status}`);
  return html;
}

async function followToCallback(href: string, authorizationUrl: string): Promise<URL> {
  const answer = await fetch(new URL(decodeAttribute(href), authorizationUrl), { redirect: "manual" });
  const location = answer.headers.get("location");
  if (answer.status !== 302 || location === null) throw new Error(`The consent link did not redirect (HTTP ${answer.status})`);
  return new URL(location);
}

/**
 * Plays the TikTok user on the sandbox consent page: opens the authorization URL, signs in as the
 * given account and returns the callback URL the browser would be sent to (with `code`, `scopes`, `state`).
 */
export async function approveSandboxConsent(
  authorizationUrl: string,
  openId: string = DEFAULT_SANDBOX_ACCOUNT.openId,
): Promise<URL> {
  const html = await consentPage(authorizationUrl);
  const link = [...html.matchAll(APPROVE_LINKS)].find((match) => decodeAttribute(match[1] ?? "") === openId);
  if (link?.[2] === undefined) throw new Error(`No approve link for ${openId} on the consent page`);
  return followToCallback(link[2], authorizationUrl);
}

/** Plays a user who cancels: returns the callback URL carrying `error=access_denied`. */
export async function denySandboxConsent(authorizationUrl: string): Promise<URL> {
  const href = DENY_LINK.exec(await consentPage(authorizationUrl))?.[1];
  if (href === undefined) throw new Error("No cancel link on the consent page");
  return followToCallback(href, authorizationUrl);
}
