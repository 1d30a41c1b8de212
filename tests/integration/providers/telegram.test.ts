import { describe, expect, it } from "vitest";
import {
  createTelegramClient,
  splitTelegramText,
  telegramConfigFromEnv,
  type TelegramClient,
  type TelegramClientConfig,
} from "../../../lib/providers/telegram";
import type { FaultInput } from "../../../sandbox/control/control-schemas";
import { createTelegramSandboxControl } from "../../../sandbox/providers/telegram/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const CHAT_ID = 424242;
const SEND_MESSAGE_PATH = "/bot*/sendMessage";

const { sandboxUrl, control, sandboxEnv, records, clientDependencies, rememberSecrets, providerErrorOf } = setUpProviderContract();
const telegramControl = createTelegramSandboxControl(sandboxUrl);

/** The client exactly as the app configures it against the sandbox (scripts/lib/sandbox-env.ts). */
function client(overrides: Partial<TelegramClientConfig> = {}): TelegramClient {
  const config = { ...telegramConfigFromEnv(sandboxEnv()), timeoutMs: 300, ...overrides };
  rememberSecrets(config.botToken);
  return createTelegramClient(config, clientDependencies);
}

const sendRequests = () => control.requests({ provider: "telegram", path: SEND_MESSAGE_PATH });

describe("Telegram sendMessage against the sandbox", () => {
  it("sends a message, returns its id, and logs the call with the bot token masked in the URL", async () => {
    const telegram = client();
    const sent = await telegram.sendTelegramMessage({ chatId: CHAT_ID, text: "<b>Daily report</b>\nSpend: $12.40", parseMode: "HTML" });
    expect(sent).toEqual({ messageId: 1 });

    const [message] = await telegramControl.messages(CHAT_ID);
    expect(message).toMatchObject({ messageId: 1, chatId: CHAT_ID, text: "<b>Daily report</b>\nSpend: $12.40", parseMode: "HTML" });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      provider: "telegram",
      action: "send_message",
      outcome: "success",
      url: `${sandboxUrl}/telegram/bot[REDACTED]/sendMessage`,
      requestBody: { chat_id: CHAT_ID, text: "<b>Daily report</b>\nSpend: $12.40", parse_mode: "HTML" },
    });
  });

  it("numbers messages per chat and accepts @channel ids", async () => {
    const telegram = client();
    await telegram.sendTelegramMessage({ chatId: "@agency_reports", text: "one" });
    await control.advanceClock(1);
    await expect(telegram.sendTelegramMessage({ chatId: "@agency_reports", text: "two" })).resolves.toEqual({ messageId: 2 });
    await expect(telegram.sendTelegramMessage({ chatId: CHAT_ID, text: "elsewhere" })).resolves.toEqual({ messageId: 1 });
    expect((await telegramControl.messages("@agency_reports")).map((message) => message.text)).toEqual(["one", "two"]);
  });

  it("refuses an unknown chat as invalid_request with Telegram's description", async () => {
    await telegramControl.setChatStatus({ chatId: CHAT_ID, status: "unknown" });
    const error = await providerErrorOf(client().sendTelegramMessage({ chatId: CHAT_ID, text: "hello" }));
    expect(error).toMatchObject({
      kind: "invalid_request",
      providerCode: "chat_not_found",
      httpStatus: 400,
      message: "Bad Request: chat not found",
    });
  });

  it("refuses a chat that blocked the bot as invalid_request bot_blocked, not as an auth failure", async () => {
    await telegramControl.setChatStatus({ chatId: CHAT_ID, status: "blocked" });
    const error = await providerErrorOf(client().sendTelegramMessage({ chatId: CHAT_ID, text: "hello" }));
    expect(error).toMatchObject({
      kind: "invalid_request",
      providerCode: "bot_blocked",
      httpStatus: 403,
      message: "Forbidden: bot was blocked by the user",
    });
  });

  it("is limited to one message per second and chat, with retry_after, and does not retry by itself", async () => {
    const telegram = client();
    await telegram.sendTelegramMessage({ chatId: CHAT_ID, text: "first" });

    const error = await providerErrorOf(telegram.sendTelegramMessage({ chatId: CHAT_ID, text: "second" }));
    expect(error).toMatchObject({ kind: "rate_limited", retryAfterSeconds: 1, httpStatus: 429, providerCode: "429" });
    expect(await sendRequests()).toHaveLength(2);

    await control.advanceClock(1);
    await expect(telegram.sendTelegramMessage({ chatId: CHAT_ID, text: "second" })).resolves.toEqual({ messageId: 2 });
  });

  it("reports a wrong bot token as auth, masked everywhere", async () => {
    const wrongToken = "654321:not-the-sandbox-token";
    const error = await providerErrorOf(client({ botToken: wrongToken }).sendTelegramMessage({ chatId: CHAT_ID, text: "hi" }));
    expect(error).toMatchObject({ kind: "auth", httpStatus: 401, message: "Unauthorized" });
    expect(records[0]?.url).toBe(`${sandboxUrl}/telegram/bot[REDACTED]/sendMessage`);
  });

  it("refuses a text over 4096 characters before sending anything; split texts all go through", async () => {
    const telegram = client();
    const report = Array.from({ length: 300 }, (_, line) => `Order #${line}: 1000 followers, status Completed`).join("\n");
    expect(report.length).toBeGreaterThan(4096);

    const error = await providerErrorOf(telegram.sendTelegramMessage({ chatId: CHAT_ID, text: report }));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "text_not_sendable" });
    expect(error.message).toContain("at most 4096 characters");
    expect(await sendRequests()).toHaveLength(0);

    for (const chunk of splitTelegramText(report)) {
      await telegram.sendTelegramMessage({ chatId: CHAT_ID, text: chunk });
      await control.advanceClock(1);
    }
    const delivered = await telegramControl.messages(CHAT_ID);
    expect(delivered.map((message) => message.text).join("\n")).toBe(report);
  });

  it("shows sent messages, markup escaped, on the sandbox's bot page", async () => {
    await client().sendTelegramMessage({ chatId: "@agency_reports", text: "<b>Spend</b> & profit", parseMode: "HTML" });
    const page = await fetch(`${sandboxUrl}/telegram/messages`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("<pre>&lt;b&gt;Spend&lt;/b&gt; &amp; profit</pre>");
  });

  it("answers other Bot API methods with Telegram's 404, without echoing the token-bearing path", async () => {
    const answer = await fetch(`${sandboxUrl}/telegram/bot123456:sandbox-bot-token/getUpdates`, { method: "POST" });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ ok: false, error_code: 404, description: "Not Found" });
  });

  describe("faults", () => {
    const sendFault = (mode: FaultInput["mode"]): FaultInput => ({
      provider: "telegram",
      path: SEND_MESSAGE_PATH,
      mode,
      count: 3,
      retryAfterSeconds: 5,
    });

    it.each([
      ["http_500", { kind: "transient", httpStatus: 500, message: "Internal Server Error" }],
      ["error_200", { kind: "transient", httpStatus: 200, message: "Internal Server Error" }],
      ["malformed_json", { kind: "unexpected", httpStatus: 200 }],
      ["rate_limit", { kind: "rate_limited", httpStatus: 429, retryAfterSeconds: 5 }],
      ["timeout", { kind: "transient", httpStatus: undefined, ambiguous: true }],
    ] as const)("%s: fails as expected and is sent exactly once (sendMessage is not idempotent)", async (mode, expected) => {
      await control.injectFault(sendFault(mode));

      const error = await providerErrorOf(client().sendTelegramMessage({ chatId: CHAT_ID, text: "status update" }));
      expect(error).toMatchObject(expected);
      expect(await sendRequests()).toHaveLength(1);
      expect(records).toHaveLength(1);
      expect(records[0]?.url).not.toContain("sandbox-bot-token");
    });
  });
});
