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
 * The rows of one read, sent straight to the pool under Prisma. On the reads every page makes
 * (the settings row, a list page's 25 rows) Prisma's own work per call was 2–10× the query's;
 * this is the query alone. Values come as `$queryRaw` gives them: numeric as Prisma.Decimal,
 * timestamps as Dates, json parsed (cast counts to int: bigint stays text). Writes and
 * transactions stay on Prisma.
 */
export async function readRows<Row>(query: Prisma.Sql): Promise<Row[]> {
  const result = await pgPool().query({ text: query.text, values: query.values as unknown[], types });
  return result.rows as Row[];
}
