import { describe, expect, it } from "vitest";
import { parseTelegramHtml } from "../../../sandbox/providers/telegram/html-entities";

describe("the sandbox's Telegram HTML parser", () => {
  it("reads supported, nested markup and decodes entities", () => {
    expect(parseTelegramHtml('<b>Spend</b> <i>&lt;$12&gt;</i> &amp; <a href="https://x.test">more</a> &#128512;')).toEqual({ ok: true, text: "Spend <$12> & more 😀" });
    expect(parseTelegramHtml("Tom & Jerry &nbsp;")).toEqual({ ok: true, text: "Tom & Jerry &nbsp;" });
  });

  it.each([
    ["<div>x</div>", 'Unsupported start tag "div" at byte offset 0'],
    ["é <b>bold", `Can't find end tag corresponding to start tag "b"`],
    ["<b><i>x</b></i>", `Can't find end tag corresponding to start tag "i"`],
    ["x </b>", "Unexpected end tag at byte offset 2"],
    ["1 < 2", "Unclosed start tag at byte offset 2"],
  ])("refuses %s like the Bot API", (html, description) => {
    expect(parseTelegramHtml(html)).toEqual({ ok: false, description: `Bad Request: can't parse entities: ${description}` });
  });
});
