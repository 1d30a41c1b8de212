import { createHash } from "node:crypto";
import pg from "pg";
import { cached } from "@/lib/cached";
import { databaseHasOneSession, pgPool } from "@/lib/db";
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

/**
 * One `Prisma.sql` statement sent straight to the pool under Prisma. On the statements the app makes most (the settings row, a list page's rows, the
 * workflow runner's claims and step writes, the integration log) Prisma's own work per call was
 * 2–10× the query's; this is the query alone. Values come as `$queryRaw` gives them: numeric as
 * Prisma.Decimal, timestamps as Dates (UTC), json parsed (cast counts to int: bigint stays text).
 * Timestamps sent as parameters go as ISO text with a `::timestamp(3)` cast.
 */
export async function sqlQuery<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<pg.QueryResult<Row>> {
  return pgPool().query<Row>({ text: query.text, values: query.values as unknown[], types });
}

/** The rows of one read (see sqlQuery). */
export async function readRows<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return (await sqlQuery<Row>(query)).rows;
}

const preparedNames = new Map<string, string>();

/** One name per statement text: a connection keeps one prepared statement per name. */
function preparedNameOf(text: string): string {
  return cached(preparedNames, text, () => `hot_${createHash("sha256").update(text).digest("hex").slice(0, 24)}`);
}

/**
 * A statement run thousands of times a minute (a workflow run's and a token refresh's own
 * writes, the short reads of the list and analytics pages), prepared once per pooled
 * connection: Postgres parses and plans it once there, not on every call, where planning cost
 * about half as much as running it. Only for texts of a few shapes (values as parameters; a
 * list's text varies only with which filters are set): each text is a prepared statement on
 * every connection. Not where the best plan depends on a value (a "contains" pattern).
 * Never with `*` in its result: a column a migration adds would break the prepared statement.
 * Not on a database with one session for all connections, where the names would clash.
 */
export async function sqlQueryPrepared<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<pg.QueryResult<Row>> {
  if (databaseHasOneSession()) return sqlQuery(query);
  return pgPool().query<Row>({ name: preparedNameOf(query.text), text: query.text, values: query.values as unknown[], types });
}

/** The rows of one prepared read (see sqlQueryPrepared): a short read whose parse and plan cost as much as running it. */
export async function readRowsPrepared<Row extends pg.QueryResultRow>(query: Prisma.Sql): Promise<Row[]> {
  return (await sqlQueryPrepared<Row>(query)).rows;
}
