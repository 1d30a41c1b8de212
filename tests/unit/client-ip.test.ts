import { describe, expect, it } from "vitest";
import { clientIpFrom } from "@/lib/http/client-ip";

describe("clientIpFrom", () => {
  it("uses the address the nearest proxy appended, not what the client claimed", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
  });

  it("with two trusted proxies, takes the address the outer one saw", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.2" }), 2)).toBe("203.0.113.9");
  });

  it("falls back to x-real-ip, then to a shared bucket", () => {
    expect(clientIpFrom(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });
});
