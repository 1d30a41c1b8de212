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
