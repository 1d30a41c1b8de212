import type { SeededRandom } from "../../core/seeded-random";

/** What the control API's "revoke" simulates; each maps to a Graph 190 subcode. */
export const REVOCATION_REASONS = ["password_changed", "app_removed", "logged_out"] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

export type IssuedToken<TKind extends string, TGrant> = {
  /** `tok_1`, `tok_2`...: names a token in the control API without revealing it. */
  id: string;
  value: string;
  kind: TKind;
  grant: TGrant;
  issuedAtMs: number;
  /** Null for tokens that never expire (Page tokens from a long-lived user token). */
  expiresAtMs: number | null;
  /** The token this one was obtained with; revoking a token revokes everything derived from it. */
  parentId: string | null;
  revokedBecause: RevocationReason | null;
};

export type TokenCheck<TToken> =
  | { ok: true; token: TToken }
  | { ok: false; problem: "unknown" }
  | { ok: false; problem: "expired"; expiresAtMs: number }
  | { ok: false; problem: "revoked"; reason: RevocationReason };

export type TokenSelector = { value: string } | { id: string };

/** How the control API lists a token: enough to recognise it, never enough to use it. */
export type MaskedToken = {
  id: string;
  token: string;
  kind: string;
  parentId: string | null;
  issuedAt: string;
  expiresAt: string | null;
  revokedBecause: RevocationReason | null;
};

const TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const TOKEN_BODY_LENGTH = 48;

function maskTokenValue(value: string): string {
  return `${value.slice(0, 6)}…${value.slice(-4)}`;
}

/** Every access token one simulated Meta platform has issued, checked against the sandbox clock. */
export class TokenRegistry<TKind extends string, TGrant> {
  readonly #prefix: string;
  readonly #random: SeededRandom;
  #tokens = new Map<string, IssuedToken<TKind, TGrant>>();

  /** @param prefix what real tokens of this platform start with (`EAA`, `IGAA`) */
  constructor(prefix: string, random: SeededRandom) {
    this.#prefix = prefix;
    this.#random = random;
  }

  issue(input: {
    kind: TKind;
    grant: TGrant;
    nowMs: number;
    lifetimeSeconds: number | null;
    parentId?: string | null;
  }): IssuedToken<TKind, TGrant> {
    const body = Array.from({ length: TOKEN_BODY_LENGTH }, () => TOKEN_ALPHABET.charAt(this.#random.int(TOKEN_ALPHABET.length)));
    const token: IssuedToken<TKind, TGrant> = {
      id: `tok_${this.#tokens.size + 1}`,
      value: `${this.#prefix}${body.join("")}`,
      kind: input.kind,
      grant: input.grant,
      issuedAtMs: input.nowMs,
      expiresAtMs: input.lifetimeSeconds === null ? null : input.nowMs + input.lifetimeSeconds * 1000,
      parentId: input.parentId ?? null,
      revokedBecause: null,
    };
    this.#tokens.set(token.value, token);
    return token;
  }

  find(value: string): IssuedToken<TKind, TGrant> | undefined {
    return this.#tokens.get(value);
  }

  /** Whether a presented token may be used now. */
  check(value: string, nowMs: number): TokenCheck<IssuedToken<TKind, TGrant>> {
    const token = this.#tokens.get(value);
    if (token === undefined) return { ok: false, problem: "unknown" };
    if (token.revokedBecause !== null) return { ok: false, problem: "revoked", reason: token.revokedBecause };
    if (token.expiresAtMs !== null && token.expiresAtMs <= nowMs) {
      return { ok: false, problem: "expired", expiresAtMs: token.expiresAtMs };
    }
    return { ok: true, token };
  }

  /** Tokens derived from `parent` (Page tokens of a user token), oldest first. */
  childrenOf(parentId: string): IssuedToken<TKind, TGrant>[] {
    return [...this.#tokens.values()].filter((token) => token.parentId === parentId);
  }

  /** Revokes the token and everything derived from it; the ids revoked, or null for an unknown token. */
  revoke(selector: TokenSelector, reason: RevocationReason): string[] | null {
    const root = "value" in selector ? this.#tokens.get(selector.value) : this.#findById(selector.id);
    if (root === undefined) return null;
    const revoked: string[] = [];
    const pending = [root];
    for (let token = pending.pop(); token !== undefined; token = pending.pop()) {
      token.revokedBecause ??= reason;
      revoked.push(token.id);
      pending.push(...this.childrenOf(token.id));
    }
    return revoked;
  }

  list(): MaskedToken[] {
    return [...this.#tokens.values()].map((token) => ({
      id: token.id,
      token: maskTokenValue(token.value),
      kind: token.kind,
      parentId: token.parentId,
      issuedAt: new Date(token.issuedAtMs).toISOString(),
      expiresAt: token.expiresAtMs === null ? null : new Date(token.expiresAtMs).toISOString(),
      revokedBecause: token.revokedBecause,
    }));
  }

  clear(): void {
    this.#tokens.clear();
  }

  #findById(id: string): IssuedToken<TKind, TGrant> | undefined {
    return [...this.#tokens.values()].find((token) => token.id === id);
  }
}
