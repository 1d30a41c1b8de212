import { describe, expect, it } from "vitest";
import { createResendClient, type ResendClient } from "../../../lib/providers/resend";
import type { SendEmailInput } from "../../../lib/providers/resend";
import { setUpProviderContract } from "../../support/provider-contract";

const API_KEY = "re_contract_test_key_2f9c1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const { sandboxUrl, control, records, logSink, providerErrorOf } = setUpProviderContract({ secrets: [API_KEY, API_KEY.slice(3)] });

// No instant sleep: the Retry-After test measures the real wait.
function client(apiKey = API_KEY): ResendClient {
  return createResendClient(
    { baseUrl: `${sandboxUrl}/resend/`, apiKey, timeoutMs: 300, retry: { baseDelayMs: 10, maxDelayMs: 20 } },
    { logSink },
  );
}

const email: SendEmailInput = {
  from: "Social Scale <billing@socialscale.test>",
  to: "owner@agency.test",
  subject: "Invoice INV-0001",
  html: "<p>Your invoice is attached.</p>",
  text: "Your invoice is attached.",
};

const sendExpectingError = (input: SendEmailInput, apiKey = API_KEY) => providerErrorOf(client(apiKey).sendEmail(input));

const emailPosts = () => control.requests({ provider: "resend", path: "/emails" });

describe("Resend client against the sandbox", () => {
  it("sends an e-mail with every field and returns its id", async () => {
    const pdf = Buffer.from("%PDF-1.7 invoice");
    const sent = await client().sendEmail(
      {
        ...email,
        to: ["owner@agency.test", "Accounts <accounts@agency.test>"],
        replyTo: "support@socialscale.test",
        attachments: [
          { filename: "INV-0001.pdf", content: pdf, contentType: "application/pdf" },
          { filename: "note.txt", content: Buffer.from("note").toString("base64") },
        ],
        tags: [{ name: "category", value: "invoice" }],
      },
      { companyId: "company-1", orderId: "order-9" },
    );

    expect(sent.id).toMatch(UUID);
    const [stored] = await control.resendEmails();
    expect(stored).toMatchObject({
      id: sent.id,
      from: email.from,
      to: ["owner@agency.test", "Accounts <accounts@agency.test>"],
      replyTo: ["support@socialscale.test"],
      subject: email.subject,
      html: email.html,
      text: email.text,
      tags: [{ name: "category", value: "invoice" }],
      attachments: [
        { filename: "INV-0001.pdf", contentType: "application/pdf", sizeBytes: pdf.length },
        { filename: "note.txt", contentType: null, sizeBytes: 4 },
      ],
    });

    const posts = await emailPosts();
    expect(posts).toHaveLength(1);
    expect(posts[0]?.headers.authorization).toBe("Bearer [REDACTED]");
    expect(posts[0]?.headers["idempotency-key"]).toBeUndefined();

    expect(records).toEqual([
      expect.objectContaining({
        provider: "resend",
        action: "send_email",
        method: "POST",
        url: `${sandboxUrl}/resend/emails`,
        httpStatus: 200,
        outcome: "success",
        attempt: 1,
        responseBody: { id: sent.id },
        errorMessage: null,
        companyId: "company-1",
        orderId: "order-9",
      }),
    ]);
    expect(records[0]?.requestBody).toMatchObject({ subject: email.subject, replyTo: "support@socialscale.test" });
  });

  it("reports a 500 as may-have-executed and sends a non-idempotent e-mail exactly once", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "http_500", count: 3 });
    const error = await sendExpectingError(email);
    expect(error).toMatchObject({
      kind: "transient",
      provider: "resend",
      action: "send_email",
      httpStatus: 500,
      providerCode: "internal_server_error",
      ambiguous: true,
      retryable: false,
    });
    expect(await emailPosts()).toHaveLength(1);
    expect(records.map((record) => record.outcome)).toEqual(["transient"]);
  });

  it("retries a 500 when the e-mail carries an idempotency key, and delivers it once", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "http_500" });
    const sent = await client().sendEmail({ ...email, idempotencyKey: "invoice-INV-0001" });
    expect(sent.id).toMatch(UUID);

    const posts = await emailPosts();
    expect(posts.map((post) => [post.faultInjected, post.headers["idempotency-key"]])).toEqual([
      ["http_500", "invoice-INV-0001"],
      [null, "invoice-INV-0001"],
    ]);
    expect(await control.resendEmails()).toHaveLength(1);
    expect(records.map((record) => [record.attempt, record.outcome])).toEqual([
      [1, "transient"],
      [2, "success"],
    ]);
  });

  it("reports a 429 as rate limited with Retry-After, without resending a non-idempotent e-mail", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "rate_limit", retryAfterSeconds: 3 });
    const error = await sendExpectingError(email);
    expect(error).toMatchObject({ kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 3, providerCode: "rate_limit_exceeded" });
    expect(error.retryable).toBe(true);
    expect(await emailPosts()).toHaveLength(1);
  });

  it("waits out Retry-After before retrying an idempotent send", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "rate_limit", retryAfterSeconds: 1 });
    const startedAt = performance.now();
    await client().sendEmail({ ...email, idempotencyKey: "reset-1" });
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(950);
    expect(await emailPosts()).toHaveLength(2);
    expect(records.map((record) => record.outcome)).toEqual(["rate_limited", "success"]);
  });

  it("reports a timeout as transient and ambiguous, and does not resend", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "timeout" });
    const startedAt = performance.now();
    const error = await sendExpectingError(email);
    expect(performance.now() - startedAt).toBeLessThan(2_000);
    expect(error).toMatchObject({ kind: "transient", ambiguous: true, httpStatus: undefined, message: "No response within 300 ms" });
    expect(await emailPosts()).toHaveLength(1);
    expect(records).toEqual([expect.objectContaining({ outcome: "transient", httpStatus: null, responseBody: null })]);
  });

  it("retries a timed-out idempotent send", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "timeout" });
    await client().sendEmail({ ...email, idempotencyKey: "reset-2" });
    expect((await emailPosts()).map((post) => post.faultInjected)).toEqual(["timeout", null]);
    expect(await control.resendEmails()).toHaveLength(1);
  });

  it("reports an unreadable answer as may-have-executed and does not resend a non-idempotent e-mail", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "malformed_json" });
    const error = await sendExpectingError(email);
    expect(error).toMatchObject({ kind: "transient", ambiguous: true, retryable: false });
    expect(await emailPosts()).toHaveLength(1);
  });

  it("resends an idempotent e-mail whose answer was unreadable, and delivers it once", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "malformed_json" });
    await client().sendEmail({ ...email, idempotencyKey: "reset-3" });
    expect((await emailPosts()).map((post) => [post.faultInjected, post.headers["idempotency-key"]])).toEqual([
      ["malformed_json", "reset-3"],
      [null, "reset-3"],
    ]);
    expect(await control.resendEmails()).toHaveLength(1);
  });

  it("reports an HTTP 200 without an id as unexpected, naming the field", async () => {
    await control.injectFault({ provider: "resend", path: "/emails", mode: "error_200" });
    const error = await sendExpectingError(email);
    expect(error.kind).toBe("unexpected");
    expect(error.message).toContain('field "id"');
  });

  it("maps Resend's 422 validation_error to invalid_request with Resend's message", async () => {
    const error = await sendExpectingError({ ...email, to: "not-an-address" });
    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 422, providerCode: "validation_error" });
    expect(error.message).toContain("Invalid `to` field");
    expect(await control.resendEmails()).toEqual([]);
  });

  it("maps a rejected API key to auth without revealing the key", async () => {
    const badKey = "sk_not_a_resend_key_77";
    const error = await sendExpectingError(email, badKey);
    expect(error).toMatchObject({ kind: "auth", httpStatus: 403, providerCode: "invalid_api_key" });
    expect(error.retryable).toBe(false);
    expect(JSON.stringify({ records, message: error.message })).not.toContain(badKey);
  });

  it("returns the same id for a repeated idempotency key and maps a payload conflict to invalid_request", async () => {
    const first = await client().sendEmail({ ...email, idempotencyKey: "invoice-42" });
    const again = await client().sendEmail({ ...email, idempotencyKey: "invoice-42" });
    expect(again.id).toBe(first.id);
    expect(await control.resendEmails()).toHaveLength(1);

    const error = await sendExpectingError({ ...email, subject: "Different", idempotencyKey: "invoice-42" });
    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 409, providerCode: "invalid_idempotent_request" });
  });

  it("keeps large attachments out of the log", async () => {
    const bigPdf = Buffer.alloc(200_000, 1);
    await client().sendEmail({ ...email, attachments: [{ filename: "big.pdf", content: bigPdf }] });
    const logged = JSON.stringify(records[0]?.requestBody);
    expect(logged).toContain("[base64 omitted:");
    expect(logged.length).toBeLessThan(2_000);
  });
});
