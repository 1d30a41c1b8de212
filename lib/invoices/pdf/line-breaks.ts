/** Longer than this, a word may not fit a table cell and must be allowed to wrap. */
const MAX_UNBROKEN_LENGTH = 40;

/**
 * react-pdf's hyphenation callback for invoice text. English hyphenation would
 * split "in-stagram" inside links, so words stay whole unless too long for a cell;
 * those (long links, mostly) wrap after "/", "?", "&", "=" or "." — react-pdf then
 * draws a hyphen at the wrap, which readers know from printed URLs — and never
 * run longer than the limit.
 */
export function invoiceWordBreaks(word: string): string[] {
  if (word.length <= MAX_UNBROKEN_LENGTH) return [word];
  const parts: string[] = [];
  for (const segment of word.split(/(?<=[/?&=.])(?![/?&=.])/)) {
    for (let start = 0; start < segment.length; start += MAX_UNBROKEN_LENGTH) {
      parts.push(segment.slice(start, start + MAX_UNBROKEN_LENGTH));
    }
  }
  return parts;
}
