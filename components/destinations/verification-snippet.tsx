const SNIPPET = `import { createHmac, timingSafeEqual } from "node:crypto";

// rawBody: the request body exactly as received (before JSON parsing)
export function verifySocialScaleWebhook(rawBody, headers, secret) {
  const timestamp = headers["x-socialscale-timestamp"];
  const signature = headers["x-socialscale-signature"] ?? "";
  if (!/^\\d+$/.test(timestamp ?? "")) return false;
  // Refuse old deliveries (replays): five minutes of tolerance.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const expected = "v1=" + createHmac("sha256", secret).update(timestamp + "." + rawBody).digest("hex");
  const a = Buffer.from(expected), b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}`;

/** How a receiver checks a delivery; the body is `{ id, type, schemaVersion, occurredAt, data }`. */
export function VerificationSnippet() {
  return (
    <details className="text-sm text-foreground">
      <summary className="cursor-pointer font-medium">How to verify a delivery</summary>
      <p className="mt-2 text-muted-foreground">
        Each POST carries <code>X-SocialScale-Timestamp</code> (Unix seconds), <code>X-SocialScale-Signature</code> (
        <code>v1=</code> + hex HMAC-SHA256 of <code>timestamp.body</code>), <code>X-SocialScale-Event</code> and{" "}
        <code>X-SocialScale-Delivery</code> (the same on retries: drop repeats). The JSON body is{" "}
        <code>{"{ id, type, schemaVersion: 1, occurredAt, data }"}</code>. Answer 2xx within the timeout; redirects are not followed.
      </p>
      <pre className="mt-2 overflow-x-auto rounded bg-muted p-3 font-mono text-xs">{SNIPPET}</pre>
    </details>
  );
}
