const NUMBER_TOKEN = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** Whether an integer literal is beyond what a double holds exactly (±2^53 − 1). */
function isUnsafeInteger(literal: string): boolean {
  if (!/^-?\d+$/.test(literal)) return false;
  const digits = literal.replace(/^-?0*/, "");
  return digits.length > 16 || (digits.length === 16 && BigInt(digits) > BigInt(Number.MAX_SAFE_INTEGER));
}

/**
 * `JSON.parse`, except that integers too large for a double become their exact decimal text.
 * Meta answers some ids as bare numbers beyond 2^53 (`"user_id": 17841400000000101`); plain
 * `JSON.parse` would silently change their last digits, and ids are strings everywhere here.
 * @throws SyntaxError like JSON.parse
 */
export function parseJsonKeepingLargeIntegers(text: string): unknown {
  let rewritten = "";
  let copiedUpTo = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      // Skip the whole string literal, honouring escapes.
      index++;
      while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
      index++;
      continue;
    }
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      NUMBER_TOKEN.lastIndex = index;
      const match = NUMBER_TOKEN.exec(text);
      if (match === null) {
        index++;
        continue;
      }
      const literal = match[0];
      if (isUnsafeInteger(literal)) {
        rewritten += `${text.slice(copiedUpTo, index)}"${literal}"`;
        copiedUpTo = index + literal.length;
      }
      index += literal.length;
      continue;
    }
    index++;
  }
  return JSON.parse(copiedUpTo === 0 ? text : rewritten + text.slice(copiedUpTo)) as unknown;
}
