export type RateLimitDecision = { allowed: true } | { allowed: false; resetInSeconds: number };

/** Per-endpoint request counts in fixed windows aligned to the sandbox clock's minutes. */
export class FixedWindowRateLimiter {
  readonly #windowMs: number;
  readonly #defaultLimit: number;
  #limit: number;
  #windows = new Map<string, { startMs: number; count: number }>();

  constructor(defaultLimit: number, windowMs: number) {
    this.#defaultLimit = defaultLimit;
    this.#limit = defaultLimit;
    this.#windowMs = windowMs;
  }

  get limit(): number {
    return this.#limit;
  }

  setLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Counts one request to `key` unless its window is already full. */
  hit(key: string, nowMs: number): RateLimitDecision {
    const startMs = Math.floor(nowMs / this.#windowMs) * this.#windowMs;
    const current = this.#windows.get(key);
    const window = current?.startMs === startMs ? current : { startMs, count: 0 };
    if (window.count >= this.#limit) {
      return { allowed: false, resetInSeconds: Math.max(1, Math.ceil((startMs + this.#windowMs - nowMs) / 1000)) };
    }
    window.count += 1;
    this.#windows.set(key, window);
    return { allowed: true };
  }

  reset(): void {
    this.#limit = this.#defaultLimit;
    this.#windows.clear();
  }
}
