import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseServerEnv } from "../../../lib/env";
import type { IntegrationCall } from "../../../lib/integration-log/types";
import { ProviderNotConfiguredError } from "../../../lib/providers/not-configured";
import { classifyTelegramResponse } from "../../../lib/providers/telegram/classify-telegram-response";
import { telegramConfigFromEnv } from "../../../lib/providers/telegram/config";
import { createTelegramClient } from "../../../lib/providers/telegram/telegram-client";
import { providerErrorOf } from "../../support/provider-error";
import { minimalEnvironment } from "../../support/minimal-environment";

const BOT_TOKEN = "987654:AAH-very-secret-bot-token";
const head = (status: number, headers: Record<string, string> = {}) => ({ status, headers: new Headers(headers) });

/** Unknown fields Telegram may add; never one the parser reads. */
const extraFields = (known: readonly string[]) =>
  fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((name) => ![...known, "__proto__"].includes(name)),
    fc.jsonValue(),
    { maxKeys: 4 },
  );

/** A client whose fetch answers every call with `body` (status 200 unless told) and records the calls. */
function clientAnswering(body: unknown, status = 200) {
  const records: IntegrationCall[] = [];
  const fetchSpy = vi.fn(async () => new Response(JSON.stringify(body), { status }));
  const telegram = createTelegramClient(
    { apiUrl: "https://api.telegram.org", botToken: BOT_TOKEN },
    { fetch: fetchSpy as unknown as typeof fetch, logSink: async (call) => void records.push(call) },
  );
  return { telegram, fetchSpy, records };
}

describe("Telegram sendMessage response", () => {
  it("reads the message id, tolerating extra fields and an id sent as a string", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2_000_000_000 }),
        fc.boolean(),
        extraFields(["message_id"]),
        extraFields(["ok", "result"]),
        async (messageId, asString, messageExtra, envelopeExtra) => {
          const body = { ...envelopeExtra, ok: true, result: { ...messageExtra, message_id: asString ? String(messageId) : messageId } };
          await expect(clientAnswering(body).telegram.sendTelegramMessage({ chatId: 1, text: "hi" })).resolves.toEqual({ messageId });
        },
      ),
      { numRuns: 50 },
    );
  });

  it("names the missing message_id", async () => {
    const error = await providerErrorOf(clientAnswering({ ok: true, result: { chat: {} } }).telegram.sendTelegramMessage({ chatId: 1, text: "hi" }));
    expect(error.kind).toBe("unexpected");
    expect(error.message).toContain('field "result.message_id"');
  });

  it("keeps the bot token out of the logged URL and of errors", async () => {
    const { telegram, records, fetchSpy } = clientAnswering({ ok: false, error_code: 401, description: `Unauthorized ${BOT_TOKEN}` }, 401);
    const error = await providerErrorOf(telegram.sendTelegramMessage({ chatId: 1, text: "hi" }));
    expect(fetchSpy).toHaveBeenCalledWith(`https://api.telegram.org/bot${BOT_TOKEN}/sendMessage`, expect.anything());
    expect(records[0]?.url).toBe("https://api.telegram.org/bot[REDACTED]/sendMessage");
    expect(JSON.stringify({ records, message: error.message })).not.toContain(BOT_TOKEN);
  });
});

describe("classifyTelegramResponse", () => {
  const error = (errorCode: unknown, description: string, parameters?: unknown) => ({ ok: false, error_code: errorCode, description, parameters });

  it("passes ok:true answers", () => {
    expect(classifyTelegramResponse(head(200), { ok: true, result: { message_id: 1 } })).toBeNull();
  });

  it.each([
    [400, "Bad Request: chat not found", "invalid_request", "chat_not_found"],
    [400, "Bad Request: message text is empty", "invalid_request", "400"],
    [403, "Forbidden: bot was blocked by the user", "invalid_request", "bot_blocked"],
    [403, "Forbidden: bot was kicked from the group chat", "invalid_request", "bot_removed"],
    [401, "Unauthorized", "auth", "401"],
    [404, "Not Found", "auth", "404"],
    [500, "Internal Server Error", "transient", "500"],
    [502, "Bad Gateway", "transient", "502"],
  ] as const)("reads error %i %s as %s (%s)", (errorCode, description, kind, providerCode) => {
    expect(classifyTelegramResponse(head(errorCode), error(errorCode, description))).toEqual({ kind, providerCode, message: description });
  });

  it("judges by the body's error_code even under HTTP 200, and by the status when the code is missing", () => {
    expect(classifyTelegramResponse(head(200), error(400, "Bad Request: chat not found"))).toMatchObject({ kind: "invalid_request" });
    expect(classifyTelegramResponse(head(200), error("500", "Internal Server Error"))).toMatchObject({ kind: "transient" });
    expect(classifyTelegramResponse(head(403), { ok: false, description: "Forbidden: bot was blocked by the user" })).toMatchObject({
      kind: "invalid_request",
      providerCode: "bot_blocked",
    });
  });

  it("takes retry_after from parameters, else from Retry-After", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_400 }), fc.boolean(), (seconds, asString) => {
        const body = error(429, `Too Many Requests: retry after ${seconds}`, { retry_after: asString ? String(seconds) : seconds });
        expect(classifyTelegramResponse(head(429), body)).toMatchObject({ kind: "rate_limited", retryAfterSeconds: seconds });
      }),
    );
    expect(classifyTelegramResponse(head(429, { "retry-after": "12" }), error(429, "Too Many Requests"))).toMatchObject({
      retryAfterSeconds: 12,
    });
  });

  it("falls back to the HTTP status for bodies that are not Telegram's", () => {
    expect(classifyTelegramResponse(head(502), "<html>Bad gateway</html>")).toMatchObject({ kind: "transient" });
    expect(classifyTelegramResponse(head(200), undefined)).toBeNull();
  });
});

describe("telegramConfigFromEnv", () => {

  it("asks for TELEGRAM_BOT_TOKEN when it is missing", () => {
    expect(() => telegramConfigFromEnv(parseServerEnv(minimalEnvironment))).toThrow(
      new ProviderNotConfiguredError("Telegram", ["TELEGRAM_BOT_TOKEN"]),
    );
  });

  it("builds the config from the environment", () => {
    const env = parseServerEnv({ ...minimalEnvironment, TELEGRAM_BOT_TOKEN: "1:abc" });
    expect(telegramConfigFromEnv(env)).toEqual({ apiUrl: "https://api.telegram.org", botToken: "1:abc" });
  });
});
