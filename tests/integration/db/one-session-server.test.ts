import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../../scripts/lib/embedded-postgres";

let embedded: EmbeddedPostgres;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: embedded.url });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  embedded = await startEmbeddedPostgres();
  const setup = await connect();
  await setup.query("CREATE TABLE note (id int PRIMARY KEY, body text NOT NULL)");
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((client) => client.end().catch(() => undefined)));
  await embedded.stop();
});

describe("the embedded Postgres shared by several connections (one PGlite session)", () => {
  it("answers every connection's statements, sent at once, with its own results", async () => {
    const [first, second] = [await connect(), await connect()];
    const answers = await Promise.all(Array.from({ length: 40 }, (_, index) => (index % 2 ? first : second).query("SELECT $1::int AS value", [index])));
    expect(answers.map((answer) => answer.rows[0]?.value)).toEqual(Array.from({ length: 40 }, (_, index) => index));
  });

  it("keeps another connection out of an open transaction: it runs after, and sees only what was committed", async () => {
    const [writer, reader] = [await connect(), await connect()];
    await writer.query("BEGIN");
    await writer.query("INSERT INTO note VALUES (1, 'draft')");
    const readDuringTransaction = reader.query<{ count: number }>("SELECT count(*)::int AS count FROM note");
    await new Promise((resolve) => setTimeout(resolve, 50));
    await writer.query("ROLLBACK");
    expect((await readDuringTransaction).rows[0]?.count).toBe(0);
  });

  it("rolls back the transaction of a connection that goes away, freeing the session for the others", async () => {
    const [leaving, staying] = [await connect(), await connect()];
    await leaving.query("BEGIN");
    await leaving.query("INSERT INTO note VALUES (2, 'never committed')");
    // The client reports its own lost connection; here that loss is the point.
    leaving.on("error", () => undefined);
    leaving.connection.stream.destroy();
    const { rows } = await staying.query<{ count: number }>("SELECT count(*)::int AS count FROM note WHERE id = 2");
    expect(rows[0]?.count).toBe(0);
  });
});
