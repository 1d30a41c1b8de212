import { describe, expect, it } from "vitest";
import { errorFields, withLogContext } from "@/lib/log";
import { REDACTED } from "@/lib/providers/core/redaction";
import { collectingLogger } from "../../support/log-lines";

describe("the server logger", () => {
  it("redacts secret fields at any depth and keeps the rest readable", () => {
    const { logger, raw, lines } = collectingLogger();
    logger.info(
      {
        password: "hunter2-password",
        token: "tok-123",
        company: { name: "Acme", accessToken: "EAAB-access", refresh_token: "rt-secret" },
        request: { headers: { authorization: "Bearer abc.def", cookie: "authjs.session-token=sealed", "x-api-key": "k-1" } },
        attempts: [{ apiKey: "re_live_key", status: 500 }],
        client_secret: "cs-1",
        code: "oauth-code-1",
        providerCode: 190,
        error: { code: 190 },
      },
      "provider call",
    );
    const [line] = lines();
    expect(line).toMatchObject({
      level: "info",
      msg: "provider call",
      password: REDACTED,
      token: REDACTED,
      company: { name: "Acme", accessToken: REDACTED, refresh_token: REDACTED },
      request: { headers: { authorization: REDACTED, cookie: REDACTED, "x-api-key": REDACTED } },
      attempts: [{ apiKey: REDACTED, status: 500 }],
      client_secret: REDACTED,
      code: REDACTED,
      providerCode: 190,
      // A numeric `code` is a provider's error code, not an OAuth code.
      error: { code: 190 },
    });
    for (const secret of ["hunter2", "tok-123", "EAAB", "rt-secret", "abc.def", "sealed", "k-1", "re_live", "cs-1", "oauth-code-1"]) {
      expect(raw[0]).not.toContain(secret);
    }
  });

  it("writes an error as its name and message, never a stack", () => {
    const { logger, raw, lines } = collectingLogger();
    const failure = new TypeError("fetch failed");
    logger.error({ ...errorFields(failure), cause: new RangeError("deep") }, "panel call failed");
    expect(lines()[0]).toMatchObject({ level: "error", error: "TypeError", reason: "fetch failed", cause: { type: "RangeError", message: "deep" } });
    expect(raw[0]).not.toContain("at ");
    expect(errorFields("plain text")).toEqual({ error: "thrown value", reason: "plain text" });
  });

  it("adds the request id and action name of the work in progress to every line, across awaits", async () => {
    const { logger, lines } = collectingLogger();
    logger.info("outside");
    await withLogContext({ requestId: "req-1", action: "placeOrderAction" }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      logger.warn({ orderId: "o1" }, "inside");
      withLogContext({ requestId: "req-1" }, () => logger.info("nested"));
    });
    const [outside, inside, nested] = lines();
    expect(outside).not.toHaveProperty("requestId");
    expect(inside).toMatchObject({ requestId: "req-1", action: "placeOrderAction", orderId: "o1", msg: "inside" });
    expect(nested).toMatchObject({ requestId: "req-1", action: "placeOrderAction" });
  });
});
