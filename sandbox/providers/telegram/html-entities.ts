/** Tags Telegram's HTML parse mode understands (https://core.telegram.org/bots/api#html-style). */
const SUPPORTED_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji"]);
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

export type HtmlCheck = { ok: true; text: string } | { ok: false; description: string };

function decodeEntity(name: string): string | null {
  const lower = name.toLowerCase();
  if (!lower.startsWith("#")) return NAMED_ENTITIES[lower] ?? null;
  const codePoint = lower.startsWith("#x") ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
  return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : null;
}

const byteOffset = (text: string, index: number) => Buffer.byteLength(text.slice(0, index));
const refuse = (description: string): HtmlCheck => ({ ok: false, description: `Bad Request: can't parse entities: ${description}` });

/**
 * Parses a message the way the Bot API does with `parse_mode: "HTML"`: only supported tags,
 * properly nested and closed; `&lt;` `&gt;` `&amp;` `&quot;` and numeric entities decoded (another
 * `&` is plain text, as Telegram reads it). A `<` that starts no valid tag is refused.
 * Returns the visible text (what the length limit counts) or Telegram's refusal.
 */
export function parseTelegramHtml(html: string): HtmlCheck {
  const open: string[] = [];
  let text = "";
  let index = 0;
  while (index < html.length) {
    const character = html[index]!;
    if (character === "<") {
      const end = html.indexOf(">", index);
      if (end === -1) return refuse(`Unclosed start tag at byte offset ${byteOffset(html, index)}`);
      const inner = html.slice(index + 1, end);
      const closing = inner.startsWith("/");
      const name = (closing ? inner.slice(1) : inner).trim().split(/\s+/)[0]?.toLowerCase() ?? "";
      if (closing) {
        const expected = open.pop();
        if (expected !== name) {
          return refuse(
            expected === undefined
              ? `Unexpected end tag at byte offset ${byteOffset(html, index)}`
              : `Can't find end tag corresponding to start tag "${expected}"`,
          );
        }
      } else {
        if (!SUPPORTED_TAGS.has(name)) return refuse(`Unsupported start tag "${name}" at byte offset ${byteOffset(html, index)}`);
        open.push(name);
      }
      index = end + 1;
      continue;
    }
    if (character === "&") {
      const match = /^&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/i.exec(html.slice(index, index + 12));
      const decoded = match ? decodeEntity(match[1]!) : null;
      // Like the Bot API's parser: an entity it cannot decode is plain text, not an error.
      if (match && decoded !== null) {
        text += decoded;
        index += match[0].length;
        continue;
      }
    }
    text += character;
    index += 1;
  }
  if (open.length > 0) return refuse(`Can't find end tag corresponding to start tag "${open.at(-1)}"`);
  return { ok: true, text };
}
