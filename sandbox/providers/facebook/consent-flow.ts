const FORM_ACTION = /<form method="post" action="([^"]+)"/;
const INPUT = /<input type="(hidden|checkbox)" name="([^"]+)" value="([^"]*)"( checked)?>/g;

function decodeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

export type ConsentAnswer = {
  decision: "allow" | "deny";
  /** Facebook only: the Page ids to leave ticked; by default every Page stays ticked. */
  pageIds?: readonly string[];
};

/**
 * Plays the user on a sandbox Facebook or Instagram consent page: opens the authorization URL,
 * submits its form with the given answer and returns the callback URL the browser would be sent
 * to (with `code` and `state`, or `error=access_denied`).
 */
export async function answerSandboxConsent(authorizationUrl: string, answer: ConsentAnswer): Promise<URL> {
  const page = await fetch(authorizationUrl);
  const html = await page.text();
  const action = FORM_ACTION.exec(html)?.[1];
  if (!page.ok || action === undefined) throw new Error(`No consent form on the page (HTTP ${page.status})`);

  const form = new URLSearchParams({ decision: answer.decision });
  for (const [, type, name = "", value = "", checked] of html.matchAll(INPUT)) {
    const decoded = decodeAttribute(value);
    const ticked = answer.pageIds === undefined ? checked !== undefined : answer.pageIds.includes(decoded);
    if (type === "hidden" || ticked) form.append(decodeAttribute(name), decoded);
  }

  const submitted = await fetch(new URL(decodeAttribute(action), authorizationUrl), {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  const location = submitted.headers.get("location");
  if (submitted.status !== 302 || location === null) throw new Error(`The consent form did not redirect (HTTP ${submitted.status})`);
  return new URL(location);
}
