/**
 * The console's Content-Security-Policy for one response. Scripts run only with this
 * response's nonce (Next.js stamps it on its own scripts) or when loaded by such a script
 * ('strict-dynamic'). Styles allow inline: Radix positions popovers with style attributes,
 * which no nonce can cover, and styles cannot run code. Development adds 'unsafe-eval'
 * (React rebuilds server stacks with eval there) and the dev server's websocket.
 */
export function contentSecurityPolicy(nonce: string, development: boolean, oauthOrigins: readonly string[] = []): string {
  // A "Connect" form posts here and is redirected to the provider's consent page:
  // browsers hold that redirect to form-action too.
  const formTargets = ["'self'", ...oauthOrigins].join(" ");
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Account pictures come from the providers' CDNs.
    "img-src 'self' blob: data: https:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets}`,
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export function generateNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** The origins of the OAuth consent pages the console sends the admin to (from the environment, so the sandbox's in dev and tests). */
export function oauthConsentOrigins(environment: Record<string, string | undefined>): string[] {
  const urls = [environment.GHL_AUTHORIZE_URL, environment.FACEBOOK_WEB_BASE_URL, environment.INSTAGRAM_WEB_BASE_URL, environment.TIKTOK_WEB_BASE_URL];
  const origins = urls.flatMap((url) => {
    if (!url || !URL.canParse(url)) return [];
    const { origin } = new URL(url);
    return origin === "null" ? [] : [origin];
  });
  return [...new Set(origins)];
}
