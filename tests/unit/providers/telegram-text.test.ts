import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { TELEGRAM_MAX_TEXT_LENGTH, splitTelegramText } from "../../../lib/providers/telegram/message-text";
import { createTelegramClient } from "../../../lib/providers/telegram/telegram-client";
import { providerErrorOf } from "../../support/provider-error";

/** Text with line breaks, blank lines and characters outside the BMP (two UTF-16 units each). */
const text = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 30 }), fc.constant("\n"), fc.constant("😀")), { maxLength: 60 })
  .map((parts) => parts.join(""));
const limit = fc.integer({ min: 2, max: 40 });

const withoutWhitespace = (value: string): string => value.replace(/\s/g, "");
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("splitTelegramText", () => {
  it("makes chunks within the limit that are never blank", () => {
    fc.assert(
      fc.property(text, limit, (input, maxLength) => {
        for (const chunk of splitTelegramText(input, maxLength)) {
          expect(chunk.length).toBeLessThanOrEqual(maxLength);
          expect(chunk.trim().length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it("keeps every visible character, in order, and never splits a surrogate pair", () => {
    fc.assert(
      fc.property(text, limit, (input, maxLength) => {
        const chunks = splitTelegramText(input, maxLength);
        expect(withoutWhitespace(chunks.join(""))).toBe(withoutWhitespace(input));
        for (const chunk of chunks) expect(chunk).not.toMatch(LONE_SURROGATE);
      }),
    );
  });

  it("only splits between lines when every line fits", () => {
    const lines = fc.array(fc.stringMatching(/^[a-z ]{0,10}[a-z]$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(lines, fc.integer({ min: 11, max: 60 }), (lineList, maxLength) => {
        expect(splitTelegramText(lineList.join("\n"), maxLength).join("\n")).toBe(lineList.join("\n"));
      }),
    );
  });

  it("leaves a text that fits alone", () => {
    expect(splitTelegramText("short\ntext")).toEqual(["short\ntext"]);
    expect(splitTelegramText("x".repeat(TELEGRAM_MAX_TEXT_LENGTH))).toHaveLength(1);
    expect(splitTelegramText("x".repeat(TELEGRAM_MAX_TEXT_LENGTH + 1))).toHaveLength(2);
  });

  it("refuses a limit that cannot hold a code point", () => {
    expect(() => splitTelegramText("abc", 1)).toThrow(RangeError);
  });
});

describe("sendTelegramMessage text checks", () => {
  const fetchSpy = vi.fn<typeof fetch>();
  const telegram = createTelegramClient({ apiUrl: "https://api.telegram.org", botToken: "1:abc" }, { fetch: fetchSpy });

  it.each([
    ["x".repeat(TELEGRAM_MAX_TEXT_LENGTH + 1), /at most 4096 characters; this one has 4097/],
    ["", /needs some text/],
    [" \n\t", /needs some text/],
  ])("refuses an unsendable text before calling Telegram", async (refused, message) => {
    const error = await providerErrorOf(telegram.sendTelegramMessage({ chatId: 1, text: refused }));
    expect(error).toMatchObject({ kind: "invalid_request", providerCode: "text_not_sendable", message: expect.stringMatching(message) });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
