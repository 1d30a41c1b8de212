import { describe, expect, it } from "vitest";
import { createTelegramClient, telegramConfigFromEnv } from "@/lib/providers/telegram";
import { createTelegramSandboxControl } from "../../../sandbox/providers/telegram/control-client";
import { setUpProviderContract } from "../../support/provider-contract";

const { sandboxUrl, sandboxEnv, clientDependencies, providerErrorOf } = setUpProviderContract();
const telegramControl = createTelegramSandboxControl(sandboxUrl);
const client = () => createTelegramClient(telegramConfigFromEnv(sandboxEnv()), clientDependencies);

describe("the sandbox Bot API is as strict as Telegram", () => {
  it("refuses HTML it cannot parse, with Telegram's description", async () => {
    const error = await providerErrorOf(client().sendTelegramMessage({ chatId: 77, text: "<b>Balance <low></b>", parseMode: "HTML" }));
    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 400, message: `Bad Request: can't parse entities: Unsupported start tag "low" at byte offset 11` });
    expect(await telegramControl.messages(77)).toEqual([]);
  });

  it("counts the 4,096-character limit after parsing the markup", async () => {
    const text = `<b>${"x".repeat(4000)}</b>`;
    await expect(client().sendTelegramMessage({ chatId: 77, text, parseMode: "HTML" })).resolves.toEqual({ messageId: 1 });
  });

  it("reports a group upgraded to a supergroup with the new chat id", async () => {
    await telegramControl.setChatStatus({ chatId: -555, status: "migrated", migrateToChatId: -1005555555555 });
    const error = await providerErrorOf(client().sendTelegramMessage({ chatId: -555, text: "hello" }));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "chat_migrated", details: { migrateToChatId: -1005555555555 } });
  });

  it("reports a bot kicked from the group as bot_removed", async () => {
    await telegramControl.setChatStatus({ chatId: -556, status: "kicked" });
    const error = await providerErrorOf(client().sendTelegramMessage({ chatId: -556, text: "hello" }));
    expect(error).toMatchObject({ kind: "invalid_request", httpStatus: 403, providerCode: "bot_removed", message: "Forbidden: bot was kicked from the group chat" });
  });

  it("refuses a migration without the new id", async () => {
    const answer = await fetch(`${sandboxUrl}/_control/telegram/chats`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ chatId: -557, status: "migrated" }) });
    expect(answer.status).toBe(400);
  });
});
