import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import type { ServerEnv } from "@/lib/env";
import { forbiddenAddressReason } from "./ip-address-policy";

/** Origins let through the address check (the sandbox's receiver), empty in a deployment. */
export type WebhookTargetPolicy = { allowedPrivateOrigins: readonly string[] };

export class WebhookTargetRefusedError extends Error {
  override name = "WebhookTargetRefusedError";
}

export type ResolvedWebhookTarget = { url: URL; address: string; family: 4 | 6 };

export type HostLookup = (hostname: string) => Promise<{ address: string; family: number }[]>;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The allowance counts only on a machine of one's own: never in a deployment. */
export function webhookTargetPolicy(serverEnv: ServerEnv): WebhookTargetPolicy {
  const origins = serverEnv.WEBHOOK_SANDBOX_ORIGINS ?? [];
  const local = serverEnv.NODE_ENV !== "production" || LOOPBACK_HOSTS.has(new URL(serverEnv.APP_URL).hostname);
  return { allowedPrivateOrigins: local ? origins.map((origin) => new URL(origin).origin) : [] };
}

/**
 * Checks what can be checked without DNS: an https URL without credentials (http only for an
 * allowed sandbox origin). Returns the parsed URL.
 * @throws WebhookTargetRefusedError with a message for the administrator
 */
export function parseWebhookUrl(text: string, policy: WebhookTargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new WebhookTargetRefusedError("Enter the full webhook address, starting with https://");
  }
  const allowed = policy.allowedPrivateOrigins.includes(url.origin);
  if (url.protocol !== "https:" && !(allowed && url.protocol === "http:")) {
    throw new WebhookTargetRefusedError("Webhooks are only sent over HTTPS: the address must start with https://");
  }
  if (url.username || url.password) {
    throw new WebhookTargetRefusedError("Remove the user name and password from the address: deliveries are signed instead.");
  }
  const literal = url.hostname.replace(/^\[|\]$/g, "");
  if (!allowed && isIP(literal)) {
    const reason = forbiddenAddressReason(literal);
    if (reason) throw new WebhookTargetRefusedError(`Webhooks cannot be sent to ${literal}: it is ${reason}.`);
  }
  return url;
}

const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves the host and refuses it if ANY of its addresses is loopback, private, link-local
 * or metadata (a name may not smuggle one in next to a public address). The request must then
 * connect to the returned address and no other: re-resolving could land on a rebound
 * private address (DNS rebinding).
 * @throws WebhookTargetRefusedError
 */
export async function resolveWebhookTarget(
  text: string,
  policy: WebhookTargetPolicy,
  lookup: HostLookup = systemLookup,
): Promise<ResolvedWebhookTarget> {
  const url = parseWebhookUrl(text, policy);
  const allowed = policy.allowedPrivateOrigins.includes(url.origin);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host);
  } catch {
    throw new WebhookTargetRefusedError(`The webhook host ${host} could not be found (DNS lookup failed).`);
  }
  if (addresses.length === 0) throw new WebhookTargetRefusedError(`The webhook host ${host} has no address.`);
  if (!allowed) {
    for (const { address } of addresses) {
      const reason = forbiddenAddressReason(address);
      if (reason) throw new WebhookTargetRefusedError(`Webhooks cannot be sent to ${host}: it resolves to ${address}, ${reason}.`);
    }
  }
  const [pinned] = addresses;
  return { url, address: pinned!.address, family: pinned!.family === 6 ? 6 : 4 };
}
