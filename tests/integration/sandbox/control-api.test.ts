import { describe, expect, it } from "vitest";
import { startSandbox } from "../../../sandbox/server";
import { createSandboxControl } from "../../../sandbox/testing/sandbox-control";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { SANDBOX_API_KEY, minimalEmail, postEmail, sendEmailId } from "./resend-requests";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();

const postControl = (path: string, body: string) =>
  fetch(`${sandboxUrl}/_control${path}`, { method: "POST", headers: { "content-type": "application/json" }, body });

describe("request journal", () => {
  it("records what the providers received, with credentials masked", async () => {
    await postEmail(`${sandboxUrl}`, minimalEmail, { "x-api-key": "another-secret" });
    await fetch(`${sandboxUrl}/resend/emails/unknown?api_key=query-secret&page=2`);

    const [post, get] = await control.requests({ provider: "resend" });
    expect(post).toMatchObject({
      sequence: 1,
      provider: "resend",
      method: "POST",
      path: "/emails",
      query: {},
      body: minimalEmail,
      faultInjected: null,
    });
    expect(post?.headers).toMatchObject({
      authorization: "Bearer [REDACTED]",
      "x-api-key": "[REDACTED]",
      "content-type": "application/json",
    });
    expect(Number.isNaN(Date.parse(post?.receivedAt ?? ""))).toBe(false);
    expect(get).toMatchObject({ sequence: 2, method: "GET", path: "/emails/unknown", query: { api_key: "[REDACTED]", page: "2" } });

    const everything = JSON.stringify(await control.requests());
    for (const secret of [SANDBOX_API_KEY, "another-secret", "query-secret"]) expect(everything).not.toContain(secret);
  });

  it("filters by provider and by path, with * matching inside a segment", async () => {
    const id = await sendEmailId(sandboxUrl);
    await fetch(`${sandboxUrl}/resend/emails/${id}`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });

    expect(await control.requests({ path: "/emails" })).toHaveLength(1);
    expect((await control.requests({ provider: "resend", path: "/emails/*" })).map((entry) => entry.path)).toEqual([`/emails/${id}`]);
    expect(await control.requests({ provider: "ghl" })).toEqual([]);
  });

  it("leaves control calls and mailbox pages out", async () => {
    await fetch(`${sandboxUrl}/resend/mailbox`);
    await control.clock();
    expect(await control.requests()).toEqual([]);
  });

  it("rejects an empty filter value", async () => {
    const response = await fetch(`${sandboxUrl}/_control/requests?provider=`);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });
});

describe("fault scheduling", () => {
  it("rejects bad input with a message naming each problem", async () => {
    const response = await postControl("/faults", JSON.stringify({ provider: "nope", path: "emails", count: 0, mode: "explode" }));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string; issues: { path: string }[] };
    expect(body.error).toBe("invalid_request");
    expect(body.issues.map((issue) => issue.path).sort()).toEqual(["count", "mode", "path", "provider"]);
    expect(body.message).toContain("Unknown provider; simulated providers are: resend");
  });

  it("rejects unknown fields and bodies that are not JSON", async () => {
    const extra = await postControl("/faults", JSON.stringify({ provider: "resend", path: "/emails", mode: "timeout", when: "now" }));
    expect(extra.status).toBe(400);
    const garbage = await postControl("/faults", "{not json");
    expect(garbage.status).toBe(400);
    expect(await garbage.json()).toEqual({ error: "invalid_json", message: "Request body must be JSON" });
  });

  it("lists scheduled faults with defaults filled in", async () => {
    const fault = await control.injectFault({ provider: "resend", method: "post", path: "/emails", mode: "http_500" });
    expect(fault).toEqual({
      id: 1,
      provider: "resend",
      method: "POST",
      path: "/emails",
      mode: "http_500",
      remaining: 1,
      retryAfterSeconds: 1,
    });
    const listed = (await (await fetch(`${sandboxUrl}/_control/faults`)).json()) as unknown;
    expect(listed).toEqual({ faults: [fault] });
  });
});

describe("sandbox clock", () => {
  it("starts at wall-clock time and moves forward on request", async () => {
    const start = await control.clock();
    expect(start.offsetSeconds).toBe(0);
    expect(Math.abs(Date.parse(start.now) - Date.now())).toBeLessThan(5_000);

    const advanced = await control.advanceClock(3_600);
    expect(advanced.offsetSeconds).toBe(3_600);
    expect(Date.parse(advanced.now) - Date.now()).toBeGreaterThan(3_595_000);
  });

  it("stamps journal entries and e-mails with sandbox time", async () => {
    await control.advanceClock(86_400);
    await sendEmailId(sandboxUrl);
    const [entry] = await control.requests();
    const [email] = await control.resendEmails();
    expect(Date.parse(entry?.receivedAt ?? "") - Date.now()).toBeGreaterThan(86_395_000);
    expect(Date.parse(email?.createdAt ?? "") - Date.now()).toBeGreaterThan(86_395_000);
  });

  it.each([["{}"], ['{"seconds":-1}'], ['{"seconds":"60"}']])("rejects %s", async (body) => {
    const response = await postControl("/clock/advance", body);
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "invalid_request" });
  });
});

describe("reset", () => {
  it("forgets requests, faults, e-mails and clock, and restarts the id sequence", async () => {
    const firstId = await sendEmailId(sandboxUrl);
    await control.advanceClock(60);
    await control.injectFault({ provider: "resend", path: "/emails", mode: "timeout" });

    await control.reset();

    expect(await control.requests()).toEqual([]);
    expect((await (await fetch(`${sandboxUrl}/_control/faults`)).json()) as unknown).toEqual({ faults: [] });
    expect(await control.resendEmails()).toEqual([]);
    expect((await control.clock()).offsetSeconds).toBe(0);
    expect(await sendEmailId(sandboxUrl)).toBe(firstId);
  });
});

describe("determinism", () => {
  it("generates the same ids from the same seed and different ids from another", async () => {
    const sandboxes = await Promise.all([7, 7, 8].map((seed) => startSandbox({ port: 0, seed })));
    try {
      const ids = await Promise.all(sandboxes.map((started) => sendEmailId(started.url)));
      expect(ids[0]).toBe(ids[1]);
      expect(ids[2]).not.toBe(ids[0]);
      expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      await Promise.all(sandboxes.map((started) => started.close()));
    }
  });
});

describe("routing", () => {
  it("answers unknown routes with JSON 404s", async () => {
    for (const path of ["/nope", "/resend/nope", "/_control/nope"]) {
      const response = await fetch(`${sandboxUrl}${path}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not_found" });
    }
  });
});

describe("closing", () => {
  it("closes promptly while a timeout fault holds a request open", async () => {
    const doomed = await startSandbox({ port: 0 });
    const doomedControl = createSandboxControl(doomed.url);
    await doomedControl.injectFault({ provider: "resend", path: "/emails", mode: "timeout" });
    const pending = postEmail(doomed.url, minimalEmail).then(
      (response) => response.status,
      () => "connection closed",
    );
    await expect.poll(async () => (await doomedControl.requests()).length).toBe(1);

    const startedAt = performance.now();
    await doomed.close();
    expect(performance.now() - startedAt).toBeLessThan(1_000);
    expect([504, "connection closed"]).toContain(await pending);
    await expect(doomed.close()).resolves.toBeUndefined();
  });
});
