import type { NextConfig } from "next";

const production = process.env.NODE_ENV === "production";

/** On every response, pages, assets and route handlers alike (the CSP, nonce-based, comes from proxy.ts). */
const everyResponseHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  // The console needs none of these powerful features: no page (or injected script) may ask.
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  // Only production is served over HTTPS; HSTS on a development host would stick in the browser.
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // `npm run dev` prints 127.0.0.1 too: without this, Next blocks its dev assets there and
  // the page never hydrates (forms would then fall back to the browser's own submit).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
  // Native and WASM packages must be loaded by Node at runtime, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "@react-pdf/renderer", "pg", "pg-cursor"],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: everyResponseHeaders,
      },
      {
        // The reset token travels in the URL: never leak it through Referer.
        source: "/reset-password",
        headers: [{ key: "Referrer-Policy", value: "no-referrer" }],
      },
    ];
  },
};

export default nextConfig;
