import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as facebookWebhook from "@/app/api/webhooks/facebook/route";
import * as dataDeletion from "@/app/api/webhooks/facebook/data-deletion/route";
import * as deauthorize from "@/app/api/webhooks/facebook/deauthorize/route";
import * as tiktokWebhook from "@/app/api/webhooks/tiktok/route";
import { db } from "@/lib/db";
import { processSocialWebhook } from "@/lib/social/webhooks/process-webhook";
import { receiveTikTokEvent } from "@/lib/social/webhooks/receive-webhooks";
import { createFacebookSandboxControl } from "../../../sandbox/providers/facebook/control-client";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { clearSocialDataBeforeEach, connectFacebook, connectTikTok, createCompany } from "./social-fixtures";

const { url: sandboxUrl } = resetSandboxBeforeEach();
clearSocialDataBeforeEach();
const facebookControl = createFacebookSandboxControl(sandboxUrl);
const tiktokControl = createTikTokSandboxControl(sandboxUrl);

const routes: Record<string, { GET?: (request: Request) => Response; POST?: (request: Request) => Promise<Response> }> = {
  "/api/webhooks/facebook": facebookWebhook,
  "/api/webhooks/facebook/deauthorize": deauthorize,
  "/api/webhooks/facebook/data-deletion": dataDeletion,
  "/api/webhooks/tiktok": tiktokWebhook,
};

/** The app's webhook route handlers on a real HTTP port, so the sandbox can deliver to them as Meta and TikTok would. */
let server: Server;
let appUrl = "";
beforeAll(async () => {
  server = createServer(
    getRequestListener(async (request) => {
      const handler = routes[new URL(request.url).pathname]?.[request.method as "GET" | "POST"];
      return handler === undefined ? new Response("not found", { status: 404 }) : handler(request);
    }, { overrideGlobalObjects: false }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  appUrl = `http://127.0.0.1:${typeof address === "object" && address !== null ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const PAGE_EVENT = { object: "page", entry: [{ id: "100000000000101", time: 1_765_000_000, changes: [{ field: "feed", value: { item: "post" } }] }] };

describe("provider webhooks", () => {
  it("answers Meta's verification handshake only for the verify token", async () => {
    const verify = (token: string) =>
      fetch(`${appUrl}/api/webhooks/facebook?hub.mode=subscribe&hub.verify_token=${token}&hub.challenge=1158201444`);
    const accepted = await verify("sandbox-verify-token");
    expect([accepted.status, await accepted.text()]).toEqual([200, "1158201444"]);
    expect((await verify("guess")).status).toBe(403);
  });

  it("stores a signed Facebook event once, answers 200, and hands it to the workflow", async () => {
    const first = await facebookControl.deliverWebhook({ url: `${appUrl}/api/webhooks/facebook`, payload: PAGE_EVENT });
    const repeat = await facebookControl.deliverWebhook({ url: `${appUrl}/api/webhooks/facebook`, payload: PAGE_EVENT });

    expect([first, repeat]).toEqual([
      { status: 200, body: "EVENT_RECEIVED" },
      { status: 200, body: "EVENT_RECEIVED" },
    ]);
    const events = await db.socialWebhookEvent.findMany();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ provider: "FACEBOOK", kind: "page", status: "RECEIVED" });
    expect(await db.outboxEvent.count({ where: { name: "social/webhook.received" } })).toBe(1);

    expect(await processSocialWebhook(events[0]?.id ?? "")).toEqual({ status: "IGNORED", accountsAffected: 0 });
  });

  it("keeps the digits of ids sent as bare numbers beyond 2^53", async () => {
    const rawBody = '{"object":"instagram","entry":[{"id":17841400000000101,"time":1765000000}]}';
    expect((await facebookControl.deliverWebhook({ url: `${appUrl}/api/webhooks/facebook`, rawBody })).status).toBe(200);
    const [event] = await db.socialWebhookEvent.findMany();
    expect(event?.payload).toEqual({ object: "instagram", entry: [{ id: "17841400000000101", time: 1_765_000_000 }] });
  });

  it("refuses bad or missing signatures with 401, counts them and stores nothing", async () => {
    const url = `${appUrl}/api/webhooks/facebook`;
    expect((await facebookControl.deliverWebhook({ url, payload: PAGE_EVENT, signature: "invalid" })).status).toBe(401);
    expect((await facebookControl.deliverWebhook({ url, payload: PAGE_EVENT, signature: "missing" })).status).toBe(401);
    expect((await tiktokControl.deliverWebhook({ url: `${appUrl}/api/webhooks/tiktok`, signature: "stale" })).status).toBe(401);
    expect((await tiktokControl.deliverWebhook({ url: `${appUrl}/api/webhooks/tiktok`, signature: "invalid" })).status).toBe(401);

    expect(await db.socialWebhookEvent.count()).toBe(0);
    const counts = await db.socialWebhookRejection.findMany({ orderBy: { provider: "asc" } });
    expect(counts.map((row) => [row.provider, row.count])).toEqual([
      ["FACEBOOK", 2],
      ["TIKTOK", 2],
    ]);
  });

  it("deauthorization disconnects the Meta user's accounts; data deletion answers Meta's confirmation", async () => {
    const company = await createCompany();
    const accounts = await connectFacebook(company.id);

    const answer = await facebookControl.deliverSignedRequest({ url: `${appUrl}/api/webhooks/facebook/deauthorize` });
    expect(answer.status).toBe(200);
    const [event] = await db.socialWebhookEvent.findMany();
    expect(event).toMatchObject({ kind: "deauthorize", status: "RECEIVED" });
    expect(await processSocialWebhook(event?.id ?? "")).toEqual({ status: "PROCESSED", accountsAffected: accounts.length });
    expect(await db.socialAccount.count({ where: { status: "DISCONNECTED" } })).toBe(accounts.length);
    // Processing twice changes nothing.
    expect(await processSocialWebhook(event?.id ?? "")).toEqual({ status: "PROCESSED", accountsAffected: accounts.length });

    const deletion = await facebookControl.deliverSignedRequest({ url: `${appUrl}/api/webhooks/facebook/data-deletion` });
    const body = JSON.parse(deletion.body) as { url: string; confirmation_code: string };
    expect(deletion.status).toBe(200);
    expect(body.url).toBe(`http://localhost:3000/data-deletion/${body.confirmation_code}`);
    const forged = await facebookControl.deliverSignedRequest({ url: `${appUrl}/api/webhooks/facebook/deauthorize`, signature: "invalid" });
    expect(forged.status).toBe(401);
  });

  it("TikTok's authorization.removed disconnects the account", async () => {
    const company = await createCompany();
    const account = await connectTikTok(company.id);

    const answer = await tiktokControl.deliverWebhook({ url: `${appUrl}/api/webhooks/tiktok`, userOpenId: account.externalId });
    expect(answer).toEqual({ status: 200, body: "OK" });
    const [event] = await db.socialWebhookEvent.findMany();
    expect(await processSocialWebhook(event?.id ?? "")).toEqual({ status: "PROCESSED", accountsAffected: 1 });
    expect((await db.socialAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("DISCONNECTED");
  });

  it("rate limits a flood from one address with 429, before any processing", async () => {
    const url = `${appUrl}/api/webhooks/tiktok`;
    const statuses: number[] = [];
    for (let delivery = 0; delivery < 125; delivery++) {
      statuses.push((await fetch(url, { method: "POST", body: "{}", headers: { "x-forwarded-for": "203.0.113.9" } })).status);
    }
    expect(statuses.slice(0, 120).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    expect((await db.socialWebhookRejection.findFirstOrThrow()).count).toBe(120);
  });

  it("makes senders of unknown address (no trusted proxy) share one flood limit, apart from known addresses", async () => {
    const deliver = (clientIp: string | null) => receiveTikTokEvent({ rawBody: Buffer.from("{}"), signature: null, clientIp });
    const statuses: number[] = [];
    for (let delivery = 0; delivery < 121; delivery++) statuses.push((await deliver(null)).status);
    expect(statuses.slice(0, 120).every((status) => status === 401)).toBe(true);
    expect(statuses[120]).toBe(429);
    expect((await deliver("198.51.100.7")).status).toBe(401);
  });
});
