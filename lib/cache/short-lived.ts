/**
 * Remembers the last answer of an expensive read for `ttlMs`, per server instance, and
 * shares one in-flight call among concurrent readers. Failures are remembered too (for
 * `failureTtlMs`), so a provider that is down is not asked again on every page view.
 */
export function shortLived<T>(read: () => Promise<T>, options: { ttlMs: number; failureTtlMs: number; now?: () => number }) {
  const now = options.now ?? Date.now;
  let entry: { promise: Promise<T>; expiresAt: number } | undefined;

  return {
    get(): Promise<T> {
      if (entry && now() < entry.expiresAt) return entry.promise;
      const current = {
        promise: read(),
        // Until it settles, concurrent readers share this call.
        expiresAt: Number.POSITIVE_INFINITY,
      };
      entry = current;
      current.promise.then(
        () => {
          current.expiresAt = now() + options.ttlMs;
        },
        () => {
          current.expiresAt = now() + options.failureTtlMs;
        },
      );
      return current.promise;
    },
    /** After something that changes the answer (an order placed): the next read asks again. */
    forget(): void {
      entry = undefined;
    },
  };
}
