import "server-only";
import type pg from "pg";
import { databaseHasOneSession, openPgClient } from "@/lib/db";
import { errorFields, log } from "@/lib/log";

/** What a channel's subscriber hears: a notification (delivered once its transaction commits), or that the listener went down. */
export type NotificationSubscriber = {
  notified(payload: string): void;
  /** The listener is down (or could not start): notifications may have been missed, and until it is back none arrive. */
  lost(): void;
};

export type ChannelSubscription = {
  listening: () => boolean;
  /**
   * Resolves once every notification committed before the call has reached the subscriber (a
   * round trip on the listening connection: its server hands over pending notifications before
   * it answers), true while listening throughout; false when the listener cannot be had (down,
   * backing off after a failed start, or a one-session database). Waits for a listener that is starting.
   */
  caughtUp: () => Promise<boolean>;
  stop: () => void;
};

/** The LISTEN connection, whose statements run one at a time (pg would queue them, but warns). */
class ListenerConnection {
  readonly channels = new Set<string>();
  #listens = new Map<string, Promise<void>>();
  #queue: Promise<unknown> = Promise.resolve();
  /** A round trip not sent yet: a caller that comes now may join it, its answer still comes after everything committed before. */
  #unsentRoundTrip: Promise<void> | null = null;

  constructor(readonly client: pg.Client) {}

  listen(channel: string): Promise<void> {
    const listened =
      this.#listens.get(channel) ??
      // Channel names are the app's own constants, never user input; LISTEN takes no parameters.
      this.#run(() => this.client.query(`LISTEN ${channel}`)).then(() => {
        this.channels.add(channel);
      });
    this.#listens.set(channel, listened);
    return listened;
  }

  roundTrip(): Promise<void> {
    this.#unsentRoundTrip ??= this.#run(() => {
      this.#unsentRoundTrip = null;
      return this.client.query("SELECT 1");
    }).then(() => undefined);
    return this.#unsentRoundTrip;
  }

  #run(statement: () => Promise<unknown>): Promise<unknown> {
    const run = this.#queue.catch(() => undefined).then(statement);
    this.#queue = run;
    return run;
  }
}

const subscribers = new Map<string, Set<NotificationSubscriber>>();
let starting: Promise<ListenerConnection | null> | null = null;
let connection: ListenerConnection | null = null;
/** After a failed start, the next attempt waits this long: a database that is down is not asked again on every request. */
const RESTART_BACKOFF_MS = 5_000;
let nextStartAt = 0;

function tellLost(): void {
  starting = null;
  connection = null;
  for (const channelSubscribers of subscribers.values()) for (const subscriber of [...channelSubscribers]) subscriber.lost();
}

/** The process's one LISTEN connection, opened on first need; none on a database that serves a single connection. */
function startListening(): Promise<ListenerConnection | null> {
  if (starting) return starting;
  if (databaseHasOneSession() || Date.now() < nextStartAt) return Promise.resolve(null);
  starting = (async () => {
    try {
      const client = await openPgClient();
      // Never what keeps a process alive: scripts and workers end when their own work does.
      const socket = client.connection.stream;
      if ("unref" in socket && typeof socket.unref === "function") socket.unref();
      const opened = new ListenerConnection(client);
      let ended = false;
      const restart = (error?: Error) => {
        if (ended) return;
        ended = true;
        if (error) log.warn(errorFields(error), "Postgres notification listener lost; its subscribers fall back until it is back");
        void client.end().catch(() => undefined);
        if (connection === opened) tellLost();
      };
      client.on("error", restart);
      client.on("end", () => restart());
      client.on("notification", ({ channel, payload }) => {
        for (const subscriber of [...(subscribers.get(channel) ?? [])]) subscriber.notified(payload ?? "");
      });
      connection = opened;
      return opened;
    } catch (error) {
      log.warn(errorFields(error), "Postgres notification listener could not start; its subscribers fall back");
      nextStartAt = Date.now() + RESTART_BACKOFF_MS;
      tellLost();
      return null;
    }
  })();
  return starting;
}

/** Makes the listener connection LISTEN on `channel` (starting it if need be); resolves to it once it does, null when it cannot. */
function ensureListening(channel: string): Promise<ListenerConnection | null> {
  if (connection?.channels.has(channel)) return Promise.resolve(connection);
  return startListening().then((opened) =>
    opened
      ? opened.listen(channel).then(
          () => opened,
          () => {
            opened.client.emit("end");
            return null;
          },
        )
      : null,
  );
}

/**
 * Subscribes to a Postgres notification channel through the process's one LISTEN connection
 * (opened on first need, reopened on demand after it is lost). `listening()` says whether a
 * notification committed from now on is sure to arrive; asked while the listener is down, it
 * starts it again.
 */
export function subscribeToChannel(channel: string, subscriber: NotificationSubscriber): ChannelSubscription {
  const channelSubscribers = subscribers.get(channel) ?? new Set();
  subscribers.set(channel, channelSubscribers.add(subscriber));
  void ensureListening(channel);
  const listeningOn = (): ListenerConnection | null => (connection?.channels.has(channel) ? connection : null);
  return {
    listening: () => {
      void ensureListening(channel);
      return listeningOn() !== null;
    },
    caughtUp: async () => {
      // A listener still connecting is waited for: right after a start, every request would otherwise go without.
      const listened = await ensureListening(channel);
      if (!listened || listeningOn() !== listened) return false;
      try {
        await listened.roundTrip();
      } catch {
        return false;
      }
      return listeningOn() === listened;
    },
    stop: () => {
      channelSubscribers.delete(subscriber);
    },
  };
}
