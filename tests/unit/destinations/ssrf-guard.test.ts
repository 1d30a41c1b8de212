import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forbiddenAddressReason } from "@/lib/destinations/ip-address-policy";
import { postWebhook } from "@/lib/destinations/webhook-request";
import { type HostLookup, parseWebhookUrl, resolveWebhookTarget, webhookTargetPolicy } from "@/lib/destinations/webhook-target";
import { parseServerEnv } from "@/lib/env";
import { minimalEnvironment } from "../../support/minimal-environment";

const noAllowance = { allowedPrivateOrigins: [] };
const resolvesTo = (...addresses: string[]): HostLookup => async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

describe("address policy", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "metadata"],
    ["100.64.0.1", "carrier-grade"],
    ["0.0.0.0", "this network"],
    ["224.0.0.1", "multicast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fd00:ec2::254", "unique local"],
    ["fc00::1", "unique local"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["::ffff:10.1.2.3", "private"],
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["::127.0.0.1", "loopback"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(forbiddenAddressReason(address)).toContain(reason);
  });

  it.each(["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111", "::ffff:8.8.8.8", "172.32.0.1", "192.169.0.1"])("allows public %s", (address) => {
    expect(forbiddenAddressReason(address)).toBeNull();
  });
});

describe("webhook URLs", () => {
  it.each([
    ["http://hooks.example.com/x", "HTTPS"],
    ["https://user:pass@hooks.example.com/x", "user name"],
    ["https://127.0.0.1/x", "loopback"],
    ["https://[::1]/x", "loopback"],
    ["https://[::ffff:169.254.169.254]/x", "metadata"],
    ["https://169.254.169.254/latest/meta-data", "metadata"],
    ["not a url", "full webhook address"],
  ])("refuses %s", (url, message) => {
    expect(() => parseWebhookUrl(url, noAllowance)).toThrow(message);
  });

  it("refuses a host that resolves to a private address, even among public ones", async () => {
    await expect(resolveWebhookTarget("https://hooks.example.com/x", noAllowance, resolvesTo("93.184.216.34", "10.0.0.5"))).rejects.toThrow(
      "resolves to 10.0.0.5, a private address",
    );
    await expect(resolveWebhookTarget("https://rebind.example/x", noAllowance, resolvesTo("::ffff:127.0.0.1"))).rejects.toThrow("loopback");
  });

  it("pins the first public address it resolved", async () => {
    const target = await resolveWebhookTarget("https://hooks.example.com/x", noAllowance, resolvesTo("93.184.216.34"));
    expect(target).toMatchObject({ address: "93.184.216.34", family: 4 });
  });

  it("lets the sandbox origin through only outside a deployment", () => {
    const base = { ...minimalEnvironment, WEBHOOK_SANDBOX_ORIGINS: "http://127.0.0.1:4010" };
    expect(webhookTargetPolicy(parseServerEnv({ ...base, NODE_ENV: "development" })).allowedPrivateOrigins).toEqual(["http://127.0.0.1:4010"]);
    expect(webhookTargetPolicy(parseServerEnv({ ...base, NODE_ENV: "production", TRUSTED_PROXY_HOPS: "0", APP_URL: "https://console.agency.com" })).allowedPrivateOrigins).toEqual([]);
    const allowed = { allowedPrivateOrigins: ["http://127.0.0.1:4010"] };
    expect(parseWebhookUrl("http://127.0.0.1:4010/webhook/in/x", allowed).origin).toBe("http://127.0.0.1:4010");
    expect(() => parseWebhookUrl("http://127.0.0.1:4011/other", allowed)).toThrow("HTTPS");
  });
});

describe("DNS rebinding", () => {
  let server: ReturnType<typeof createServer>;
  let port = 0;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      received.push(`${request.headers.host} ${request.url}`);
      response.writeHead(302, { location: "http://169.254.169.254/latest/meta-data" }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("connects to the checked address without resolving the name again, and does not follow redirects", async () => {
    // "rebind.invalid" resolves nowhere: reaching the server proves the request used the pinned address.
    const target = { url: new URL(`http://rebind.invalid:${port}/hook`), address: "127.0.0.1", family: 4 as const };
    const response = await postWebhook(target, { "content-type": "application/json" }, "{}", 2000);
    expect(response).toMatchObject({ kind: "answered", status: 302 });
    expect(received).toEqual([`rebind.invalid:${port} /hook`]);
  });
});
