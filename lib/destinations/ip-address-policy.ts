import { isIPv4, isIPv6 } from "node:net";

/** [first address as a 32-bit number, prefix length, why it is refused] */
const FORBIDDEN_IPV4_RANGES: [string, number, string][] = [
  ["0.0.0.0", 8, "a 'this network' address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a carrier-grade NAT address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local or cloud metadata address"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "an IETF protocol address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved or broadcast address"],
];

function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((value, octet) => value * 256 + Number(octet), 0);
}

function ipv4RefusalReason(address: string): string | null {
  const value = ipv4ToNumber(address);
  for (const [first, prefix, reason] of FORBIDDEN_IPV4_RANGES) {
    const size = 2 ** (32 - prefix);
    const start = ipv4ToNumber(first);
    if (value >= start && value < start + size) return reason;
  }
  return null;
}

/** The 8 hextets of an IPv6 address (with `::` expanded and a dotted IPv4 tail converted). */
function ipv6Hextets(address: string): number[] {
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const value = ipv4ToNumber(dotted[1]!);
    text = `${text.slice(0, dotted.index)}${Math.floor(value / 65536).toString(16)}:${(value % 65536).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - headParts.length - tailParts.length;
  return [...headParts, ...Array<string>(missing).fill("0"), ...tailParts].map((part) => parseInt(part, 16));
}

function embeddedIpv4(hextets: number[]): string {
  const [high, low] = [hextets[6]!, hextets[7]!];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

function ipv6RefusalReason(address: string): string | null {
  const h = ipv6Hextets(address);
  const firstSix = h.slice(0, 6);
  if (h.every((part) => part === 0)) return "the unspecified address";
  if (h.slice(0, 7).every((part) => part === 0) && h[7] === 1) return "a loopback address";
  // ::ffff:a.b.c.d (IPv4-mapped), ::a.b.c.d (IPv4-compatible), 64:ff9b::a.b.c.d (NAT64): judge the IPv4 inside.
  const zeroPrefix = firstSix.slice(0, 5).every((part) => part === 0);
  const nat64 = h[0] === 0x64 && h[1] === 0xff9b && h.slice(2, 6).every((part) => part === 0);
  if ((zeroPrefix && h[5] === 0xffff) || nat64) return ipv4RefusalReason(embeddedIpv4(h));
  if (zeroPrefix && h[5] === 0) return ipv4RefusalReason(embeddedIpv4(h)) ?? "a deprecated IPv4-compatible address";
  if ((h[0]! & 0xfe00) === 0xfc00) return "a private (unique local) address";
  if ((h[0]! & 0xffc0) === 0xfe80) return "a link-local address";
  if ((h[0]! & 0xffc0) === 0xfec0) return "a site-local address";
  if ((h[0]! & 0xff00) === 0xff00) return "a multicast address";
  if (h[0] === 0x2001 && h[1] === 0x0db8) return "a documentation address";
  return null;
}

/**
 * Why a webhook may not be sent to this IP address (loopback, private, link-local, cloud
 * metadata, multicast, reserved; IPv4-mapped and NAT64 IPv6 judged by the IPv4 inside),
 * or null when it is a public address.
 */
export function forbiddenAddressReason(address: string): string | null {
  if (isIPv4(address)) return ipv4RefusalReason(address);
  if (isIPv6(address)) return ipv6RefusalReason(address);
  return "not an IP address";
}
