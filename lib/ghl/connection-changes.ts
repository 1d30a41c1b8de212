import "server-only";
import { type ChannelSubscription, subscribeToChannel } from "@/lib/db-notifications";
import { CLAIM_POLL_INTERVAL_MS } from "./refresh-timing";

/** Every write that ends a refresh claim on the agency connection notifies this channel (delivered when it commits). */
export const CONNECTION_CHANGED_CHANNEL = "ghl_connection_changed";

/** While listening, a waiter still looks at the row this often: a notification lost to a reconnect costs at most this. */
const LISTENING_SAFETY_MS = 250;

const wakers = new Set<() => void>();

function wakeAll(): void {
  for (const wake of [...wakers]) wake();
}

/** Subscribed on first watch; a lost listener wakes every waiter, who then reads the row again. */
let subscription: ChannelSubscription | undefined;

/**
 * Watches the agency connection for a change another process commits. Start it BEFORE reading
 * the row the caller may wait on, then `wait()`: it resolves at the next notification after
 * the start (so a change committed between the read and the wait is never missed), or after a
 * short poll interval while the listener is not up yet, whichever comes first.
 */
export function watchConnectionChanges(): { wait: () => Promise<void>; stop: () => void } {
  const changes = (subscription ??= subscribeToChannel(CONNECTION_CHANGED_CHANNEL, { notified: wakeAll, lost: wakeAll }));
  // Restarts a lost listener now, so that it is back by the time the caller waits.
  changes.listening();
  let changed = false;
  let wake: (() => void) | undefined;
  const waker = () => {
    changed = true;
    wake?.();
  };
  wakers.add(waker);
  return {
    wait: () =>
      new Promise<void>((resolve) => {
        if (changed) return resolve();
        const timer = setTimeout(resolve, changes.listening() ? LISTENING_SAFETY_MS : CLAIM_POLL_INTERVAL_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
    stop: () => {
      wakers.delete(waker);
    },
  };
}
