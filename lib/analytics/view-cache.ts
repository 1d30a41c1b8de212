import "server-only";
import { databaseSchema } from "@/lib/db";
import { type ChannelSubscription, subscribeToChannel } from "@/lib/db-notifications";

/**
 * Notified, when its transaction commits, by every statement that changes what an analytics
 * figure reads: orders' figures, companies' names (triggers of migration
 * 20261205180000_analytics_figures_changed). The payload names the schema of the changed table:
 * other schemas of the same database (each test file has its own) are other apps' figures.
 */
export const ANALYTICS_FIGURES_CHANNEL = "analytics_figures_changed";

/** Distinct views kept (periods × filters); the oldest goes first. */
const MAX_VIEWS = 64;

/** Kept views by key, most recently used last. A notification clears them, in-flight ones included. */
const views = new Map<string, Promise<unknown>>();

let subscription: ChannelSubscription | undefined;

function forgetEverything(): void {
  views.clear();
}

/**
 * A view of the figures, computed once for every request that asks for it until a change to
 * them commits (concurrent requests share the computation).
 * - Read your writes: before using a kept view, every notification committed before the call
 *   is taken in, so a change committed before the request is always in what it reads.
 * - A change committed after a computation's snapshot is notified after the computation
 *   started, which discards its result for later requests.
 * A LISTEN connection being set up is waited for; without one (lost and backing off, or a
 * one-session embedded database) nothing is kept: every request computes.
 */
export async function cachedFiguresView<View>(key: string, compute: () => Promise<View>): Promise<View> {
  subscription ??= subscribeToChannel(ANALYTICS_FIGURES_CHANNEL, {
    notified: (schema) => {
      if (schema === databaseSchema()) forgetEverything();
    },
    lost: forgetEverything,
  });
  if (!(await subscription.caughtUp())) return compute();
  const kept = views.get(key) as Promise<View> | undefined;
  if (kept) {
    views.delete(key);
    views.set(key, kept);
    return kept;
  }
  const view = compute();
  views.set(key, view);
  if (views.size > MAX_VIEWS) views.delete(views.keys().next().value as string);
  view.catch(() => {
    if (views.get(key) === view) views.delete(key);
  });
  return view;
}
