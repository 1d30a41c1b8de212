/**
 * The sandbox's notion of "now": wall-clock time shifted by however far tests have advanced
 * it, so simulators can expire tokens and progress orders without anyone waiting.
 */
export class SandboxClock {
  #offsetMs = 0;

  nowMs(): number {
    return Date.now() + this.#offsetMs;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  get offsetSeconds(): number {
    return this.#offsetMs / 1000;
  }

  advance(seconds: number): void {
    this.#offsetMs += seconds * 1000;
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}
