const ALLOW_LINK = /<a data-testid="ghl-allow" href="([^"]+)"/;

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Plays the agency admin on the sandbox consent page: opens the authorization URL, follows
 * its Allow link and returns the callback URL the browser would be sent to (with `code` and `state`).
 */
export async function approveSandboxConsent(authorizationUrl: string): Promise<URL> {
  const page = await fetch(authorizationUrl);
  const html = await page.text();
  const href = ALLOW_LINK.exec(html)?.[1];
  if (!page.ok || href === undefined) throw new Error(`No Allow link on the consent page (HTTP ${page.status})`);

  const allow = await fetch(new URL(decodeAttribute(href), authorizationUrl), { redirect: "manual" });
  const location = allow.headers.get("location");
  if (allow.status !== 302 || location === null) throw new Error(`Allow did not redirect (HTTP ${allow.status})`);
  return new URL(location);
}
