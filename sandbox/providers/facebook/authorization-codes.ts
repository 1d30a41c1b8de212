import type { SeededRandom } from "../../core/seeded-random";

/** Meta's codes die after about ten minutes. */
const CODE_LIFETIME_MS = 10 * 60 * 1000;

type StoredCode<TGrant> = {
  grant: TGrant;
  redirectUri: string;
  expiresAtMs: number;
  used: boolean;
};

export type CodeRedemption<TGrant> =
  | { ok: true; grant: TGrant }
  | { ok: false; problem: "unknown" | "used" | "expired" | "redirect_mismatch" };

/** Single-use OAuth codes bound to the redirect URI they were issued for. */
export class AuthorizationCodes<TGrant> {
  readonly #random: SeededRandom;
  #codes = new Map<string, StoredCode<TGrant>>();

  constructor(random: SeededRandom) {
    this.#random = random;
  }

  issue(grant: TGrant, redirectUri: string, nowMs: number): string {
    const code = `AQ${this.#random.uuid().replace(/-/g, "")}${this.#random.uuid().replace(/-/g, "")}`;
    this.#codes.set(code, { grant, redirectUri, expiresAtMs: nowMs + CODE_LIFETIME_MS, used: false });
    return code;
  }

  /** Spends the code when everything matches; a refused attempt leaves it as it was. */
  redeem(code: string, redirectUri: string, nowMs: number): CodeRedemption<TGrant> {
    const stored = this.#codes.get(code);
    if (stored === undefined) return { ok: false, problem: "unknown" };
    if (stored.used) return { ok: false, problem: "used" };
    if (stored.expiresAtMs <= nowMs) return { ok: false, problem: "expired" };
    if (stored.redirectUri !== redirectUri) return { ok: false, problem: "redirect_mismatch" };
    stored.used = true;
    return { ok: true, grant: stored.grant };
  }

  clear(): void {
    this.#codes.clear();
  }
}
