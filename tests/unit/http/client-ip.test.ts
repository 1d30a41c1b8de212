import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";

describe("clientIpFrom", () => {
  it("uses the address the nearest proxy appended, not what the client claimed", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), 1)).toBe("203.0.113.9");
  });

  it("with two trusted proxies, takes the address the outer one saw", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }), 2)).toBe("203.0.113.9");
  });

  it("trusts no forwarding header when no proxy is configured: a forged one picks no bucket", () => {
    const forged = new Headers({ "x-forwarded-for": "198.51.100.7", "x-real-ip": "198.51.100.8" });
    expect(clientIpFrom(forged, 0)).toBeNull();
  });

  it("knows no address when the chain is shorter than the proxies configured", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "203.0.113.9" }), 2)).toBeNull();
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.4" }), 1)).toBeNull();
  });
});
