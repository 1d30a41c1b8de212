/**
 * Extra time every simulated provider (or one of them) takes to answer, so benchmarks see a
 * realistic network round trip. Zero unless set through the control API.
 */
export class LatencyPlan {
  #defaultMs = 0;
  #byProvider = new Map<string, number>();

  set(ms: number, provider: string | null): void {
    if (provider === null) this.#defaultMs = ms;
    else this.#byProvider.set(provider, ms);
  }

  for(provider: string): number {
    return this.#byProvider.get(provider) ?? this.#defaultMs;
  }

  describe(): { defaultMs: number; byProvider: Record<string, number> } {
    return { defaultMs: this.#defaultMs, byProvider: Object.fromEntries(this.#byProvider) };
  }

  clear(): void {
    this.#defaultMs = 0;
    this.#byProvider.clear();
  }
}

/** Waits `ms`, or less when the sandbox shuts down. */
export function waitFor(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}
