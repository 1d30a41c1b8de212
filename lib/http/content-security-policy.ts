/**
 * The console's Content-Security-Policy for one response. Scripts run only with this
 * response's nonce (Next.js stamps it on its own scripts) or when loaded by such a script
 * ('strict-dynamic'). Styles allow inline: Radix positions popovers with style attributes,
 * which no nonce can cover, and styles cannot run code. Development adds 'unsafe-eval'
 * (React rebuilds server stacks with eval there) and the dev server's websocket.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export function generateNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
