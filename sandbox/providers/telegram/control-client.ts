import { z } from "zod";
import { sandboxTelegramMessageSchema, type ChatStatusInput, type SandboxTelegramMessage } from "./control-schemas";

/** Typed access to `/_control/telegram` of a running sandbox, for tests and scripts. */
export type TelegramSandboxControl = {
  /** Oldest first; all chats unless one is named. */
  messages(chatId?: number | string): Promise<SandboxTelegramMessage[]>;
  setChatStatus(input: ChatStatusInput): Promise<void>;
};

async function readJson<TSchema extends z.ZodType>(response: Response, schema: TSchema): Promise<z.output<TSchema>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Sandbox Telegram control call failed with HTTP ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

export function createTelegramSandboxControl(sandboxUrl: string): TelegramSandboxControl {
  const control = `${sandboxUrl}/_control/telegram`;

  return {
    async messages(chatId) {
      const query = chatId === undefined ? "" : `?${new URLSearchParams({ chatId: String(chatId) }).toString()}`;
      const response = await fetch(`${control}/messages${query}`);
      return (await readJson(response, z.object({ messages: z.array(sandboxTelegramMessageSchema) }))).messages;
    },
    async setChatStatus(input) {
      const response = await fetch(`${control}/chats`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(input),
      });
      await readJson(response, z.object({ status: z.string() }));
    },
  };
}
