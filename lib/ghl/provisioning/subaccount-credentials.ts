import { randomInt } from "node:crypto";

/** Replaced in the e-mail template by the sub-account's key. */
export const LOCATION_PLACEHOLDER = "{location}";

const LOWER = "abcdefghijkmnopqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "!#$%*+-=?@^_";
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;
const PASSWORD_LENGTH = 24;

function pick(alphabet: string): string {
  return alphabet[randomInt(alphabet.length)]!;
}

/**
 * A fresh random password per sub-account user (about 150 bits, every character class, no
 * look-alike characters), so GoHighLevel's password rules always pass.
 */
export function generateSubaccountPassword(): string {
  const characters = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (characters.length < PASSWORD_LENGTH) characters.push(pick(ALL));
  for (let index = characters.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [characters[index], characters[other]] = [characters[other]!, characters[index]!];
  }
  return characters.join("");
}

/**
 * The sub-account's key: known before GoHighLevel assigns any id (it is our company id), so a
 * step that crashed after GoHighLevel acted can find what it made by the e-mail built from it.
 */
export function subaccountKey(companyId: string): string {
  return companyId.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The admin user's e-mail: the template with `{location}` replaced by the sub-account key. */
export function subaccountUserEmail(template: string, companyId: string): string {
  return template.trim().replaceAll(LOCATION_PLACEHOLDER, subaccountKey(companyId)).toLowerCase();
}
