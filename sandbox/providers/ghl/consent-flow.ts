const ALLOW_LINK = /<a data-testid="ghl-allow" href="([^"]+)"/;

const HTML_ENTITIES: Record<string, string> = { "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/** Undoes sandbox/core/html.ts escapeHtml on an attribute value. */
function decodeAttribute(value: string): string {
  return value.replace(/&(quot|#39|lt|gt|amp);/g, (entity) => HTML_ENTITIES[entity] ?? entity);
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
