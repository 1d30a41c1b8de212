import "server-only";
import type pg from "pg";
import { databaseHasOneSession, openPgClient } from "@/lib/db";
import { errorFields, log } from "@/lib/log";
import { CLAIM_POLL_INTERVAL_MS } from "./refresh-timing";

/** Every write that ends a refresh claim on the agency connection notifies this channel (delivered when it commits). */
export const CONNECTION_CHANGED_CHANNEL = "ghl_connection_changed";

/** While listening, a waiter still looks at the row this often: a notification lost to a reconnect costs at most this. */
const LISTENING_SAFETY_MS = 250;

const wakers = new Set<() => void>();
let listener: Promise<pg.Client | null> | null = null;
let listening = false;

function wakeAll(): void {
  for (const wake of [...wakers]) wake();
}

/** The process's one LISTEN connection, opened on first need; none on a database that serves a single connection. */
function startListening(): Promise<pg.Client | null> {
  listener ??= (async () => {
    if (databaseHasOneSession()) return null;
    try {
      const client = await openPgClient();
      // Never what keeps a process alive: scripts and workers end when their own work does.
      const socket = client.connection.stream;
      if ("unref" in socket && typeof socket.unref === "function") socket.unref();
      let ended = false;
      const restart = (error?: Error) => {
        if (ended) return;
        ended = true;
        if (error) log.warn(errorFields(error), "GoHighLevel connection listener lost; waiters poll until it is back");
        listening = false;
        listener = null;
        void client.end().catch(() => undefined);
        wakeAll();
      };
      client.on("error", restart);
      client.on("end", () => restart());
      client.on("notification", wakeAll);
      await client.query(`LISTEN ${CONNECTION_CHANGED_CHANNEL}`);
      listening = true;
      return client;
    } catch (error) {
      log.warn(errorFields(error), "GoHighLevel connection listener could not start; waiters poll");
      listener = null;
      return null;
    }
  })();
  return listener;
}

/**
 * Watches the agency connection for a change another process commits. Start it BEFORE reading
 * the row the caller may wait on, then `wait()`: it resolves at the next notification after
 * the start (so a change committed between the read and the wait is never missed), or after a
 * short poll interval while the listener is not up yet, whichever comes first.
 */
export function watchConnectionChanges(): { wait: () => Promise<void>; stop: () => void } {
  void startListening();
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
        const timer = setTimeout(resolve, listening ? LISTENING_SAFETY_MS : CLAIM_POLL_INTERVAL_MS);
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
