import { afterEach, describe, expect, it, vi } from "vitest";
import { databaseHasOneSession, pgPool } from "@/lib/db";
import { CONNECTION_CHANGED_CHANNEL, watchConnectionChanges } from "@/lib/ghl/connection-changes";
import { CLAIM_POLL_INTERVAL_MS } from "@/lib/ghl/refresh-timing";

const realSetTimeout = globalThis.setTimeout;
const pause = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
const notifyFromAnotherConnection = () => pgPool().query("SELECT pg_notify($1, '')", [CONNECTION_CHANGED_CHANNEL]);

/** Notifies until `settled()` (the listener connects in the background: the first notifications may come before it listens). */
async function notifyUntil(settled: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 200 && !settled(); attempt += 1) {
    await notifyFromAnotherConnection();
    await pause(20);
  }
}

/** Whether `promise` has settled yet, read at any time. */
function settledFlag(promise: Promise<void>): () => boolean {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  return () => settled;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("waiting for another process's change to the GoHighLevel connection", () => {
  if (databaseHasOneSession()) {
    // `npm test` without DATABASE_URL: the embedded Postgres serves every connection on one session.
    it("polls every few milliseconds on a database with one session for all connections: it has no session of its own to listen on", async () => {
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
      const changes = watchConnectionChanges();
      const woken = settledFlag(changes.wait());
      await notifyFromAnotherConnection();
      await Promise.resolve();
      expect(woken()).toBe(false);
      vi.advanceTimersByTime(CLAIM_POLL_INTERVAL_MS);
      await Promise.resolve();
      changes.stop();
      expect(woken()).toBe(true);
    });
    return;
  }

  it("is woken by the change itself, not by its poll interval", async () => {
    const changes = watchConnectionChanges();
    // With the poll's timer frozen, only a notification can end the wait.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const woken = settledFlag(changes.wait());
    await notifyUntil(woken);
    changes.stop();
    expect(woken()).toBe(true);
  });

  it("does not miss a change committed between the start of the watch and the wait", async () => {
    const listenerUp = watchConnectionChanges();
    await notifyUntil(settledFlag(listenerUp.wait()));
    listenerUp.stop();

    const changes = watchConnectionChanges();
    await notifyFromAnotherConnection();
    const other = watchConnectionChanges();
    await notifyUntil(settledFlag(other.wait()));
    other.stop();
    // The first change came before wait() was called; with the timer frozen it still ends the wait.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const woken = settledFlag(changes.wait());
    await pause(0);
    await Promise.resolve();
    changes.stop();
    expect(woken()).toBe(true);
  });
});
