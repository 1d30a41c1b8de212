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

type Entry<View> = { generation: number; view: Promise<View> };

/** Bumped by every notification and by a lost listener: an entry of an older generation may miss a change. */
let generation = 0;
const views = new Map<string, Entry<unknown>>();

let subscription: ChannelSubscription | undefined;

function forgetEverything(): void {
  generation += 1;
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
  const cached = views.get(key) as Entry<View> | undefined;
  if (cached && cached.generation === generation) {
    // Most recently used last: the Map's order is the eviction order.
    views.delete(key);
    views.set(key, cached);
    return cached.view;
  }
  const entry: Entry<View> = { generation, view: compute() };
  views.set(key, entry);
  if (views.size > MAX_VIEWS) views.delete(views.keys().next().value as string);
  entry.view.catch(() => {
    if (views.get(key) === entry) views.delete(key);
  });
  return entry.view;
}
