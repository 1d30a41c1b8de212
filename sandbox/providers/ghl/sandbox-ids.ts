import type { SeededRandom } from "../../core/seeded-random";

const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const GHL_ID_LENGTH = 20;

/** An id shaped like GoHighLevel's (`g3s5Gie4Kexc8rPgsLCg`). */
export function newGhlId(random: SeededRandom): string {
  return Array.from({ length: GHL_ID_LENGTH }, () => ALPHANUMERIC[random.int(ALPHANUMERIC.length)]).join("");
}

/** An opaque credential with a prefix that tells people reading logs what it is. */
export function newOpaqueSecret(random: SeededRandom, prefix: string): string {
  return `${prefix}${random.uuid().replaceAll("-", "")}${random.uuid().replaceAll("-", "")}`;
}
