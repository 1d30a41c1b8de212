import pg from "pg";
import { pgPool } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const { builtins } = pg.types;

/** timestamp(3) columns hold UTC (Prisma writes them so): read them as UTC whatever the server's zone. */
const utcTimestamp = (text: string): Date => new Date(`${text.replace(" ", "T")}Z`);

const parsers: Partial<Record<number, (text: string) => unknown>> = {
  [builtins.NUMERIC]: (text) => new Prisma.Decimal(text),
  [builtins.TIMESTAMP]: utcTimestamp,
};

const types = {
  getTypeParser: ((oid: number, format?: string) => parsers[oid] ?? pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

/** Something that runs SQL: the pool, or one connection inside a transaction. */
export type SqlExecutor = pg.Pool | pg.PoolClient;

/**
 * One `Prisma.sql` statement sent straight to the pool under Prisma (or to a transaction's
 * connection). On the statements the app makes most (the settings row, a list page's rows, the
 * workflow runner's claims and step writes, the integration log) Prisma's own work per call was
 * 2–10× the query's; this is the query alone. Values come as `$queryRaw` gives them: numeric as
 * Prisma.Decimal, timestamps as Dates (UTC), json parsed (cast counts to int: bigint stays text).
 * Timestamps sent as parameters go as ISO text with a `::timestamp(3)` cast.
 */
export async function sqlQuery<Row extends pg.QueryResultRow>(query: Prisma.Sql, executor: SqlExecutor = pgPool()): Promise<pg.QueryResult<Row>> {
  return executor.query<Row>({ text: query.text, values: query.values as unknown[], types });
}

/** The rows of one read (see sqlQuery). */
export async function readRows<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return (await sqlQuery<Row>(query)).rows;
}

/** `work` in one transaction on one pooled connection: committed when it resolves, rolled back when it throws. */
export async function sqlTransaction<T>(work: (connection: pg.PoolClient) => Promise<T>): Promise<T> {
  return transactionOpenedBy("BEGIN", (connection) => work(connection));
}

/**
 * A transaction whose first statement is sent with its BEGIN, in one round trip (the simple
 * protocol takes both at once, but no parameters: `firstStatement` holds only the caller's own
 * constants). For a transaction run many times a second, like the workflow runner's claims.
 */
export async function sqlTransactionStartingWith<Row extends pg.QueryResultRow, T>(
  firstStatement: string,
  work: (connection: pg.PoolClient, firstRows: Row[]) => Promise<T>,
): Promise<T> {
  return transactionOpenedBy(`BEGIN; ${firstStatement}`, (connection, opened) => {
    const [, first] = opened as unknown as pg.QueryResult<Row>[];
    return work(connection, first?.rows ?? []);
  });
}

/** `opening` starts the transaction (and may run more): `work` gets what it answered. */
async function transactionOpenedBy<T>(
  opening: string,
  work: (connection: pg.PoolClient, opened: pg.QueryResult | pg.QueryResult[]) => Promise<T>,
): Promise<T> {
  const connection = await pgPool().connect();
  let broken = false;
  try {
    const opened = await connection.query({ text: opening, types });
    const result = await work(connection, opened);
    await connection.query("COMMIT");
    return result;
  } catch (error) {
    await connection.query("ROLLBACK").catch(() => {
      broken = true;
    });
    throw error;
  } finally {
    // A connection that cannot even roll back is discarded, not handed to the next caller.
    connection.release(broken);
  }
}
