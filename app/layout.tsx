import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { ThemeScript } from "@/components/theme/theme-script";
import { LazyToaster } from "@/components/ui/lazy-toaster";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Social Scale", template: "%s · Social Scale" },
  description: "Operations console for a social-media growth agency.",
  // Files in public/: served as they are, so every page (and /favicon.ico itself) finds them.
  icons: {
    icon: [{ url: "/favicon.ico", sizes: "48x48" }, { url: "/icon.svg", type: "image/svg+xml" }],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  manifest: "/site.webmanifest",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8f9fb" },
    { media: "(prefers-color-scheme: dark)", color: "#0f1320" },
  ],
};

/** The nonce proxy.ts put in this request's CSP; reading it also renders every page per request, as nonces need. */
async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy");
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1];
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const nonce = await requestNonce();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`} suppressHydrationWarning>
      <head>
        <ThemeScript nonce={nonce} />
      </head>
      <body className="min-h-dvh font-sans">
        {children}
        <LazyToaster richColors position="top-right" />
      </body>
    </html>
  );
}
