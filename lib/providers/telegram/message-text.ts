/** Telegram's limit for a message text, in UTF-16 code units (what JavaScript's `length` counts). */
export const TELEGRAM_MAX_TEXT_LENGTH = 4096;

/** Cuts a line into pieces of at most `maxLength`, never between the halves of a surrogate pair. */
function cutLongLine(line: string, maxLength: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const codePoint of line) {
    if (piece.length + codePoint.length > maxLength) {
      pieces.push(piece);
      piece = "";
    }
    piece += codePoint;
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces;
}

/**
 * Splits a long text into messages Telegram accepts: whole lines are packed greedily into
 * chunks of at most `maxLength`, the line breaks between chunks dropped; a line longer than the
 * limit is cut wherever it must be. Chunks with nothing but whitespace are left out (Telegram
 * refuses them). Meant for plain text: with a parse mode, an element spanning lines may be cut.
 */
export function splitTelegramText(text: string, maxLength: number = TELEGRAM_MAX_TEXT_LENGTH): string[] {
  if (!Number.isInteger(maxLength) || maxLength < 2) {
    throw new RangeError("maxLength must be an integer of at least 2 (room for one code point)");
  }
  const pieces = text.split("\n").flatMap((line) => (line.length <= maxLength ? [line] : cutLongLine(line, maxLength)));
  const chunks: string[] = [];
  let current: string | null = null;
  for (const piece of pieces) {
    if (current !== null && current.length + 1 + piece.length <= maxLength) {
      current = `${current}\n${piece}`;
    } else {
      if (current !== null) chunks.push(current);
      current = piece;
    }
  }
  if (current !== null) chunks.push(current);
  return chunks.filter((chunk) => chunk.trim().length > 0);
}

/** Why Telegram would refuse this text, or null when it is sendable. */
export function describeUnsendableText(text: string): string | null {
  if (text.trim().length === 0) return "A Telegram message needs some text; this one is empty.";
  if (text.length > TELEGRAM_MAX_TEXT_LENGTH) {
    return `A Telegram message holds at most ${TELEGRAM_MAX_TEXT_LENGTH} characters; this one has ${text.length}. Split it with splitTelegramText first.`;
  }
  return null;
}
