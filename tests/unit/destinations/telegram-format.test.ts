import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeTelegramHtml, renderTelegramMessages } from "@/lib/destinations/telegram-format";
import { parseTelegramHtml } from "../../../sandbox/providers/telegram/html-entities";

// Text as users and clients type it: markup characters, entities, emoji (surrogate pairs), line breaks.
const userText = fc.string({ unit: fc.oneof(fc.constantFrom("<", ">", "&", '"', "'", "&amp;", "<b>", "\n", " ", "😀", "é"), fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 })), maxLength: 300 });

function visibleText(html: string): string {
  const parsed = parseTelegramHtml(html);
  if (!parsed.ok) throw new Error(`${parsed.description} in ${JSON.stringify(html)}`);
  return parsed.text;
}

const withoutWhitespace = (text: string) => text.replace(/\s/g, "");

describe("Telegram HTML escaping", () => {
  it("shows any text exactly as typed", () => {
    fc.assert(
      fc.property(userText, (text) => {
        expect(visibleText(escapeTelegramHtml(text))).toBe(text);
      }),
    );
  });

  it("leaves no markup a user could inject", () => {
    expect(escapeTelegramHtml('<a href="x">hi</a> & co')).toBe("&lt;a href=&quot;x&quot;&gt;hi&lt;/a&gt; &amp; co");
  });
});

describe("Telegram message splitting", () => {
  it("keeps every part under the limit and valid HTML, losing and repeating nothing", () => {
    fc.assert(
      fc.property(userText, fc.array(userText, { maxLength: 40 }), fc.integer({ min: 16, max: 4096 }), (title, lines, maxLength) => {
        const parts = renderTelegramMessages({ event: "test", title, lines, data: {} }, maxLength);
        const visible = parts.map((part) => {
          expect(part.length).toBeLessThanOrEqual(maxLength);
          return visibleText(part);
        });
        expect(withoutWhitespace(visible.join(""))).toBe(withoutWhitespace([title, ...lines].join("")));
      }),
      { numRuns: 300 },
    );
  });

  it("sends a short message as one part, title in bold, with the console link", () => {
    const parts = renderTelegramMessages({ event: "test", title: "Daily <report>", lines: ["a & b"], href: "https://console.test/x?a=1&b=2", data: {} });
    expect(parts).toEqual(['<b>Daily &lt;report&gt;</b>\na &amp; b\n<a href="https://console.test/x?a=1&amp;b=2">Open in Social Scale</a>']);
  });

  it("splits at line boundaries when lines fit, so a report reads naturally", () => {
    const lines = Array.from({ length: 200 }, (_, index) => `line ${index} ${"x".repeat(20)}`);
    const parts = renderTelegramMessages({ event: "test", title: "T", lines, data: {} });
    expect(parts.length).toBe(2);
    expect(parts.every((part) => part.split("\n").every((line) => line === "<b>T</b>" || /^line \d+ x{20}$/.test(line)))).toBe(true);
  });
});
