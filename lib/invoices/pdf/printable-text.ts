/** Zero-width marks that only modify the character before them (emoji variation selectors, joiners). */
const MODIFIER = /^[\u200c\u200d\ufe00-\ufe0f]$/u;

/**
 * Text as the PDF can print it: every character some embedded font draws is kept; a
 * character (or emoji sequence) no font has becomes one `replacement`, instead of a
 * standard-font glyph of the wrong width that garbles the text and overlaps its neighbour.
 */
export function toPrintable(text: string, isCovered: (codePoint: number) => boolean, replacement: string): string {
  let printable = "";
  for (const { segment } of new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text)) {
    const drawable = [...segment].every((character) => {
      const codePoint = character.codePointAt(0)!;
      return MODIFIER.test(character) || codePoint < 0x20 || isCovered(codePoint);
    });
    printable += drawable ? segment : replacement;
  }
  return printable;
}

/** Applies `transform` to every string inside plain data (objects and arrays); other values pass through. */
export function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === "string") return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, transform)])) as T;
  }
  return value;
}
