const HREF_ATTRIBUTE = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const URL_IN_TEXT = /https?:\/\/[^\s<>"'()[\]]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const MAX_CODE_POINT = 0x10ffff;

/** A numeric entity's character, or the entity itself when it names no character. */
function codePointText(entity: string, codePoint: number): string {
  return codePoint <= MAX_CODE_POINT ? String.fromCodePoint(codePoint) : entity;
}

function decodeHtmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return codePointText(entity, Number.parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return codePointText(entity, Number.parseInt(code.slice(1), 10));
    return NAMED_ENTITIES[code.toLowerCase()] ?? entity;
  });
}

/** Only web links may reach the top document: `javascript:` and friends are dropped. */
function asWebLink(candidate: string): string | null {
  try {
    const url = new URL(candidate.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The http(s) links of a mail, from its HTML `href`s and its text body, in order, without duplicates. */
export function extractMailLinks(html: string | null, text: string | null): string[] {
  const candidates: string[] = [];
  for (const match of (html ?? "").matchAll(HREF_ATTRIBUTE)) {
    candidates.push(decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? ""));
  }
  for (const match of (text ?? "").matchAll(URL_IN_TEXT)) {
    candidates.push(match[0].replace(TRAILING_PUNCTUATION, ""));
  }
  const links = candidates.map(asWebLink).filter((link): link is string => link !== null);
  return [...new Set(links)];
}
