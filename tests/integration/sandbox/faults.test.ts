import { describe, expect, it } from "vitest";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { SANDBOX_API_KEY, minimalEmail, postEmail, sendEmailId } from "./resend-requests";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();

describe("injected faults on the Resend simulator", () => {
  it("http_500 answers Resend's 500 body for `count` requests, then the route recovers", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "http_500", count: 2 });

    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await postEmail(sandboxUrl, minimalEmail);
      expect(response.status).toBe(500);
      expect(await response.json()).toMatchObject({ statusCode: 500, name: "internal_server_error" });
    }
    expect(await control.resendEmails()).toEqual([]);

    expect((await postEmail(sandboxUrl, minimalEmail)).status).toBe(200);
    expect(await control.resendEmails()).toHaveLength(1);
    expect((await control.requests()).map((entry) => entry.faultInjected)).toEqual(["http_500", "http_500", null]);
  });

  it("rate_limit answers 429 with Retry-After and Resend's body", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "rate_limit", retryAfterSeconds: 7 });
    const response = await postEmail(sandboxUrl, minimalEmail);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("7");
    expect(await response.json()).toMatchObject({ statusCode: 429, name: "rate_limit_exceeded" });
  });

  it("timeout holds the request longer than the client waits and delivers nothing", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "timeout" });
    const error = await postEmail(sandboxUrl, minimalEmail, {}, { signal: AbortSignal.timeout(200) }).then(
      () => null,
      (rejection: unknown) => rejection,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("TimeoutError");
    expect((await control.requests()).map((entry) => entry.faultInjected)).toEqual(["timeout"]);
    expect(await control.resendEmails()).toEqual([]);
  });

  it("malformed_json answers HTTP 200 with a JSON content type and a broken body", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "malformed_json" });
    const response = await postEmail(sandboxUrl, minimalEmail);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const text = await response.text();
    expect(() => JSON.parse(text)).toThrow();
  });

  it("error_200 answers HTTP 200 with an error body and no id", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "error_200" });
    const response = await postEmail(sandboxUrl, minimalEmail);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: "application_error" });
    expect(body.id).toBeUndefined();
  });

  it("only hits the method and path it names", async () => {
    await control.injectFault({ provider: "resend", method: "GET", path: "/emails/*", mode: "http_500" });
    const id = await sendEmailId(sandboxUrl);
    const read = await fetch(`${sandboxUrl}/resend/emails/${id}`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });
    expect(read.status).toBe(500);
    const again = await fetch(`${sandboxUrl}/resend/emails/${id}`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });
    expect(again.status).toBe(200);
  });

  it("spends faults in the order they were scheduled", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "http_500" });
    await control.injectFault({ provider: "resend", path: "/emails", mode: "rate_limit" });
    expect((await postEmail(sandboxUrl, minimalEmail)).status).toBe(500);
    expect((await postEmail(sandboxUrl, minimalEmail)).status).toBe(429);
    expect((await postEmail(sandboxUrl, minimalEmail)).status).toBe(200);
  });
});
