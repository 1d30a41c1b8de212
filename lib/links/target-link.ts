import type { Network } from "@/lib/generated/prisma/enums";

/**
 * Query parameters that only say where a click came from: two links differing only in
 * these point at the same post or profile.
 */
const TRACKING_PARAMETERS = new Set([
  "fbclid", "gclid", "dclid", "msclkid", "igshid", "igsh", "si", "mc_cid", "mc_eid", "ref", "ref_src", "ref_url",
  "feature", "share_id", "is_from_webapp", "sender_device", "_r", "_t", "s", "t",
]);
const isTracking = (name: string): boolean => name.startsWith("utm_") || TRACKING_PARAMETERS.has(name);

export type TargetLink = {
  /** What is stored and sent to the panel: lower-case scheme and host, no fragment, no tracking parameters. */
  url: string;
  /** What "the same link" means: no scheme, no `www.`, no trailing slash (tracking parameters are gone from `url`). */
  key: string;
};

export type TargetLinkResult = { ok: true; link: TargetLink } | { ok: false; error: string };

/** A host name the public internet can resolve: labels, at least one dot, a letter in the top-level label. */
const PUBLIC_HOST = /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z][a-z0-9-]{1,62}$/;

/**
 * Accepts only http(s) links with a real host. A link typed without its scheme
 * ("instagram.com/brand") is read as https; bare words and other schemes are refused.
 */
export function parseTargetLink(input: string): TargetLinkResult {
  const text = input.trim();
  if (text === "") return { ok: false, error: "Enter the target link." };
  if (/\s/.test(text)) return { ok: false, error: "The link cannot contain spaces." };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  if (hasScheme && !/^https?:\/\//i.test(text)) return { ok: false, error: "Use a web link starting with https:// (or http://)." };
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, error: "This is not a link: paste the full address, like https://instagram.com/brand." };
  }
  if (url.username || url.password) return { ok: false, error: "The link cannot contain a user name or password." };
  if (!PUBLIC_HOST.test(url.hostname)) {
    return { ok: false, error: "This is not a link: paste the full address, like https://instagram.com/brand." };
  }
  for (const name of [...url.searchParams.keys()]) if (isTracking(name.toLowerCase())) url.searchParams.delete(name);
  url.hash = "";
  const normalised = url.toString();
  return { ok: true, link: { url: normalised, key: linkKeyOf(normalised) } };
}

/**
 * The same-link key of a stored link. Postgres computes it too (order_link_key() in the
 * migration that adds `Order.linkKey`): both must stay string-for-string identical.
 */
export function linkKeyOf(link: string): string {
  const withoutScheme = link.split("#")[0]!.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "");
  const host = /^[^/?]*/.exec(withoutScheme)![0];
  const rest = withoutScheme.slice(host.length);
  const queryStart = rest.indexOf("?");
  const path = queryStart === -1 ? rest : rest.slice(0, queryStart);
  const query = queryStart === -1 ? "" : rest.slice(queryStart);
  return `${host.toLowerCase().replace(/^www\./, "")}${path.replace(/\/+$/, "")}${query}`;
}

/**
 * The key to search by: a full link is normalised like a stored one; a fragment of one
 * (a handle, part of a path) is kept as typed, lower-cased, for a "contains" search.
 */
export function targetLinkSearchKey(input: string): { exact: string } | { contains: string } | null {
  const text = input.trim();
  if (text === "") return null;
  if (/^https?:\/\//i.test(text) || /^[^/\s]+\.[a-z]{2,}(\/|$)/i.test(text)) {
    const parsed = parseTargetLink(text);
    if (parsed.ok) return { exact: parsed.link.key };
  }
  return { contains: text.toLowerCase() };
}

const NETWORK_HOSTS: Partial<Record<Network, string[]>> = {
  INSTAGRAM: ["instagram.com", "instagr.am", "ig.me"],
  TIKTOK: ["tiktok.com"],
  YOUTUBE: ["youtube.com", "youtu.be"],
  FACEBOOK: ["facebook.com", "fb.com", "fb.watch", "fb.me"],
  TWITTER: ["twitter.com", "x.com", "t.co"],
  TELEGRAM: ["t.me", "telegram.me", "telegram.dog"],
  SPOTIFY: ["spotify.com", "spotify.link"],
};

/** A gentle hint (never a refusal) when a link's site is not the service's network. */
export function linkNetworkWarning(input: string, network: Network, networkLabel: string): string | null {
  const hosts = NETWORK_HOSTS[network];
  const parsed = parseTargetLink(input);
  if (!hosts || !parsed.ok) return null;
  const host = new URL(parsed.link.url).hostname;
  if (hosts.some((expected) => host === expected || host.endsWith(`.${expected}`))) return null;
  return `This link is on ${host}, but the service is for ${networkLabel}. Check that it is the right link.`;
}
