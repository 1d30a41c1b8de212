import { createServer, type Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";

const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // 'X'
const FLUSH = 0x48; // 'H'
/**
 * Messages after which a client waits for answers: Sync and Query end an exchange; Flush asks
 * for what is pending mid-exchange (a cursor reading a portal batch by batch), and the session
 * stays the client's until its Sync.
 */
const ANSWER_NOW = new Set([0x53, 0x51, FLUSH]);

/**
 * Who holds PGlite's one session: one connection at a time, for a whole exchange (Parse … Sync,
 * or one Query), and for as long as that connection keeps a transaction or a portal open. Another
 * connection's messages never land inside someone else's statement or transaction.
 */
class SessionTurns {
  private busy = false;
  /** The connection whose transaction is open: only it may go next. */
  private owner: number | null = null;
  private readonly waiting: { connection: number; start: () => void }[] = [];

  take(connection: number): Promise<void> {
    if (!this.busy && (this.owner === null || this.owner === connection)) {
      this.busy = true;
      return Promise.resolve();
    }
    return new Promise((start) => this.waiting.push({ connection, start }));
  }

  /** `keep`: the connection is mid-transaction or mid-exchange, and only it may go next. */
  give(connection: number, keep: boolean): void {
    this.owner = keep ? connection : null;
    const next = this.waiting.findIndex((turn) => this.owner === null || turn.connection === this.owner);
    if (next === -1) {
      this.busy = false;
      return;
    }
    const [turn] = this.waiting.splice(next, 1);
    turn?.start();
  }

  ownedBy(connection: number): boolean {
    return this.owner === connection;
  }
}

/** A protocol message; `untyped` for those before the startup (SSL request, the startup itself), which have no type byte. */
type Message = { bytes: Buffer; untyped: boolean };

/** Splits a connection's bytes into whole protocol messages. */
class MessageReader {
  private buffered: Buffer = Buffer.alloc(0);
  private started = false;

  push(chunk: Buffer): Message[] {
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, chunk]) : chunk;
    const messages: Message[] = [];
    for (;;) {
      const untyped = !this.started;
      const header = untyped ? 4 : 5;
      if (this.buffered.length < header) return messages;
      const length = untyped ? this.buffered.readInt32BE(0) : 1 + this.buffered.readInt32BE(1);
      if (this.buffered.length < length) return messages;
      const bytes = this.buffered.subarray(0, length);
      this.buffered = this.buffered.subarray(length);
      if (untyped && bytes.length >= 8 && bytes.readInt32BE(4) === PROTOCOL_3) this.started = true;
      messages.push({ bytes, untyped });
    }
  }
}

/**
 * Serves one PGlite (a single Postgres session) to any number of client connections: pools,
 * the migration CLI, other processes. Each connection's exchanges take the session in turn,
 * and a connection in a transaction keeps it until the transaction ends; a connection that
 * closes mid-transaction has it rolled back.
 */
export async function serveOneSession(db: PGlite, host: string, port: number): Promise<{ close(): Promise<void> }> {
  const turns = new SessionTurns();
  const sockets = new Set<Socket>();
  let nextConnection = 1;
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serveConnection(db, turns, nextConnection++, socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}

function serveConnection(db: PGlite, turns: SessionTurns, connection: number, socket: Socket): void {
  socket.setNoDelay(true);
  const reader = new MessageReader();
  let exchange: Buffer[] = [];
  let work = Promise.resolve();
  const answer = (data: Uint8Array) => {
    if (socket.writable) socket.write(data);
  };

  const run = async (messages: Buffer[]) => {
    await turns.take(connection);
    try {
      await db.runExclusive(async () => {
        for (const message of messages) await db.execProtocolRawStream(new Uint8Array(message), { onRawData: answer });
      });
    } finally {
      turns.give(connection, db.isInTransaction() || messages.at(-1)?.[0] === FLUSH);
    }
  };

  const closed = async () => {
    await work.catch(() => undefined);
    if (!turns.ownedBy(connection)) return;
    // Its transaction would otherwise hold the session for ever.
    await turns.take(connection);
    try {
      await db.exec("ROLLBACK");
    } finally {
      turns.give(connection, false);
    }
  };

  const queue = (messages: Buffer[]) => {
    work = work.then(() => run(messages)).catch(() => {
      socket.destroy();
    });
  };

  socket.on("data", (chunk: Buffer) => {
    for (const { bytes, untyped } of reader.push(chunk)) {
      if (untyped) {
        const code = bytes.length >= 8 ? bytes.readInt32BE(4) : 0;
        if (code === SSL_REQUEST || code === GSS_REQUEST) socket.write("N");
        else if (code === CANCEL_REQUEST) socket.end();
        else queue([bytes]);
        continue;
      }
      if (bytes[0] === TERMINATE) {
        socket.end();
        return;
      }
      exchange.push(bytes);
      if (ANSWER_NOW.has(bytes[0] ?? 0)) {
        queue(exchange);
        exchange = [];
      }
    }
  });
  socket.on("error", () => socket.destroy());
  socket.on("close", () => void closed());
}
