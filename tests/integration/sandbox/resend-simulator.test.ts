import { describe, expect, it } from "vitest";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { SANDBOX_API_KEY, minimalEmail, postEmail, sendEmailId } from "./resend-requests";

const { url: sandboxUrl, control } = resetSandboxBeforeEach();

const DAY_SECONDS = 24 * 3600;

describe("POST /resend/emails authentication", () => {
  it("answers 401 missing_api_key without a bearer token", async () => {
    const response = await postEmail(sandboxUrl, minimalEmail, { authorization: "" });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ statusCode: 401, name: "missing_api_key" });
  });

  it("answers 403 invalid_api_key for a key that is not a Resend key", async () => {
    const response = await postEmail(sandboxUrl, minimalEmail, { authorization: "Bearer sk_live_nope" });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ statusCode: 403, message: "API key is invalid", name: "invalid_api_key" });
    expect(await control.resendEmails()).toEqual([]);
  });
});

describe("POST /resend/emails validation", () => {
  it.each([
    ["missing to", { ...minimalEmail, to: undefined }, "Missing `to` field."],
    ["bad to", { ...minimalEmail, to: ["ok@x.test", "not-an-address"] }, "Invalid `to.1` field"],
    ["bad from", { ...minimalEmail, from: "Acme" }, "Invalid `from` field"],
    ["missing subject", { ...minimalEmail, subject: undefined }, "Missing `subject` field."],
    ["no body", { ...minimalEmail, text: undefined }, "Missing `html` or `text` field."],
    ["bad attachment", { ...minimalEmail, attachments: [{ filename: "a.pdf", content: "not base64!" }] }, "Attachment content must be base64"],
    ["bad tag", { ...minimalEmail, tags: [{ name: "kind", value: "has space" }] }, "Tags may only contain"],
  ])("rejects %s with Resend's 422 validation_error", async (_label, payload, message) => {
    const response = await postEmail(sandboxUrl, payload);
    expect(response.status).toBe(422);
    const body = (await response.json()) as { statusCode: number; name: string; message: string };
    expect(body).toMatchObject({ statusCode: 422, name: "validation_error" });
    expect(body.message).toContain(message);
    expect(await control.resendEmails()).toEqual([]);
  });

  it("rejects a body that is not JSON", async () => {
    const response = await postEmail(sandboxUrl, "{oops");
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({ name: "validation_error" });
  });

  it("accepts to as a string or a list, named addresses, and every optional field", async () => {
    const id = await sendEmailId(sandboxUrl, {
      from: "Billing <billing@socialscale.test>",
      to: ["A <a@x.test>", "b@x.test"],
      cc: "c@x.test",
      reply_to: "support@socialscale.test",
      subject: "Invoice INV-0001",
      html: "<p>Your invoice</p>",
      text: "Your invoice",
      attachments: [{ filename: "INV-0001.pdf", content: Buffer.from("%PDF-1.7").toString("base64"), content_type: "application/pdf" }],
      tags: [{ name: "category", value: "invoice" }],
    });
    const [stored] = await control.resendEmails();
    expect(stored).toMatchObject({
      id,
      to: ["A <a@x.test>", "b@x.test"],
      cc: ["c@x.test"],
      replyTo: ["support@socialscale.test"],
      attachments: [{ filename: "INV-0001.pdf", contentType: "application/pdf", sizeBytes: 8 }],
      tags: [{ name: "category", value: "invoice" }],
    });
  });
});

describe("GET /resend/emails/:id", () => {
  it("returns the e-mail in Resend's shape", async () => {
    const id = await sendEmailId(sandboxUrl, { ...minimalEmail, html: "<b>hi</b>" });
    const response = await fetch(`${sandboxUrl}/resend/emails/${id}`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      object: "email",
      id,
      from: minimalEmail.from,
      to: [minimalEmail.to],
      subject: minimalEmail.subject,
      html: "<b>hi</b>",
      text: minimalEmail.text,
      cc: null,
      last_event: "delivered",
    });
  });

  it("answers 404 not_found for an unknown id and 401 without a key", async () => {
    const unknown = await fetch(`${sandboxUrl}/resend/emails/nope`, { headers: { authorization: `Bearer ${SANDBOX_API_KEY}` } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ name: "not_found" });
    expect((await fetch(`${sandboxUrl}/resend/emails/nope`)).status).toBe(401);
  });
});

describe("Idempotency-Key", () => {
  const withKey = (key: string) => ({ "idempotency-key": key });

  it("returns the first id for the same key and payload and stores the e-mail once", async () => {
    const first = await postEmail(sandboxUrl, minimalEmail, withKey("reset-42"));
    const reordered = Object.fromEntries(Object.entries(minimalEmail).reverse());
    const second = await postEmail(sandboxUrl, reordered, withKey("reset-42"));
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(await control.resendEmails()).toHaveLength(1);
  });

  it("answers 409 invalid_idempotent_request for the same key with another payload", async () => {
    await postEmail(sandboxUrl, minimalEmail, withKey("invoice-7"));
    const conflict = await postEmail(sandboxUrl, { ...minimalEmail, subject: "Changed" }, withKey("invoice-7"));
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toMatchObject({ statusCode: 409, name: "invalid_idempotent_request" });
    expect(await control.resendEmails()).toHaveLength(1);
  });

  it("forgets keys after 24 hours of sandbox time", async () => {
    const first = (await (await postEmail(sandboxUrl, minimalEmail, withKey("k"))).json()) as { id: string };
    await control.advanceClock(DAY_SECONDS - 60);
    const stillRemembered = (await (await postEmail(sandboxUrl, minimalEmail, withKey("k"))).json()) as { id: string };
    await control.advanceClock(120);
    const afterExpiry = (await (await postEmail(sandboxUrl, minimalEmail, withKey("k"))).json()) as { id: string };
    expect(stillRemembered.id).toBe(first.id);
    expect(afterExpiry.id).not.toBe(first.id);
    expect(await control.resendEmails()).toHaveLength(2);
  });

  it("keeps keys of different API keys apart", async () => {
    const mine = await postEmail(sandboxUrl, minimalEmail, withKey("shared"));
    const theirs = await postEmail(sandboxUrl, minimalEmail, { ...withKey("shared"), authorization: "Bearer re_other_account" });
    expect(((await mine.json()) as { id: string }).id).not.toBe(((await theirs.json()) as { id: string }).id);
  });

  it("rejects keys longer than 256 characters", async () => {
    const response = await postEmail(sandboxUrl, minimalEmail, withKey("k".repeat(257)));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ name: "invalid_idempotency_key" });
  });
});

describe("GET /_control/resend/emails", () => {
  it("lists e-mails newest first, filtered by recipient address, with their links", async () => {
    await sendEmailId(sandboxUrl, { ...minimalEmail, to: "Owner <Owner@Agency.test>", subject: "first" });
    await sendEmailId(sandboxUrl, { ...minimalEmail, to: "someone@else.test", subject: "other" });
    await sendEmailId(sandboxUrl, {
      ...minimalEmail,
      subject: "second",
      html: '<a href="https://app.test/reset-password?token=abc&amp;u=1">Reset</a>',
      text: undefined,
    });

    const mine = await control.resendEmails({ to: "owner@agency.test" });
    expect(mine.map((email) => email.subject)).toEqual(["second", "first"]);
    expect(mine[0]?.links).toEqual(["https://app.test/reset-password?token=abc&u=1"]);
    expect(mine[0]?.text).toBeUndefined();
    expect(await control.resendEmails()).toHaveLength(3);
  });
});
