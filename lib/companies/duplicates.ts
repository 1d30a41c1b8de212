import "server-only";
import { db } from "@/lib/db";
import { readRows } from "@/lib/db-sql";
import { UserFacingError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_NOT_FOUND_MESSAGE } from "./company-input";

/** Why two companies look like the same client: same name or same contact e-mail (trimmed, any case). */
export type DuplicateReason = "name" | "email";

export type PossibleDuplicate = {
  id: string;
  name: string;
  contactEmail: string | null;
  status: "ACTIVE" | "ARCHIVED";
  createdAt: Date;
  reasons: DuplicateReason[];
};

/** A name or e-mail as duplicates are compared: trimmed, in any case (the expressions of the Company_duplicate_* indexes). */
const duplicateKey = (column: Prisma.Sql) => Prisma.sql`lower(btrim(${column}))`;

/** `o` is a possible duplicate of `c`: not itself, not merged away, same name or e-mail, not dismissed with "keep both". */
const duplicateOfCondition = Prisma.sql`
  o."id" <> c."id"
  AND o."mergedIntoId" IS NULL
  AND (
    ${duplicateKey(Prisma.sql`o."name"`)} = ${duplicateKey(Prisma.sql`c."name"`)}
    OR (btrim(c."contactEmail") <> '' AND ${duplicateKey(Prisma.sql`o."contactEmail"`)} = ${duplicateKey(Prisma.sql`c."contactEmail"`)})
  )
  AND NOT EXISTS (
    SELECT 1 FROM "CompanyDuplicateDismissal" d
    WHERE d."firstId" = LEAST(c."id", o."id") AND d."secondId" = GREATEST(c."id", o."id")
  )`;

/** The other companies that may be the same client as `companyId` (none for a merged company). */
export async function findPossibleDuplicates(companyId: string): Promise<PossibleDuplicate[]> {
  const rows = await readRows<Omit<PossibleDuplicate, "reasons"> & { sameName: boolean; sameEmail: boolean }>(Prisma.sql`
    SELECT o."id", o."name", o."contactEmail", o."status"::text AS "status", o."createdAt",
      ${duplicateKey(Prisma.sql`o."name"`)} = ${duplicateKey(Prisma.sql`c."name"`)} AS "sameName",
      coalesce(${duplicateKey(Prisma.sql`o."contactEmail"`)} = ${duplicateKey(Prisma.sql`c."contactEmail"`)}, false) AS "sameEmail"
    FROM "Company" c
    JOIN "Company" o ON ${duplicateOfCondition}
    WHERE c."id" = ${companyId} AND c."mergedIntoId" IS NULL
    ORDER BY o."createdAt" ASC
    LIMIT 20`);
  return rows.map(({ sameName, sameEmail, ...company }) => ({
    ...company,
    reasons: [...(sameName ? (["name"] as const) : []), ...(sameEmail ? (["email"] as const) : [])],
  }));
}

/** Which of `companyIds` (a list page) have at least one possible duplicate. */
export async function companiesWithPossibleDuplicates(companyIds: string[]): Promise<Set<string>> {
  if (companyIds.length === 0) return new Set();
  const rows = await readRows<{ id: string }>(Prisma.sql`
    SELECT c."id" FROM "Company" c
    WHERE c."id" = ANY(${companyIds}::text[]) AND c."mergedIntoId" IS NULL
      AND EXISTS (SELECT 1 FROM "Company" o WHERE ${duplicateOfCondition})`);
  return new Set(rows.map((row) => row.id));
}

/** "Keep both": the pair is no longer flagged (either way round). */
export async function dismissPossibleDuplicate(companyId: string, otherId: string): Promise<void> {
  if (companyId === otherId) throw new UserFacingError("Choose two different companies.");
  if ((await db.company.count({ where: { id: { in: [companyId, otherId] } } })) !== 2) throw new UserFacingError(COMPANY_NOT_FOUND_MESSAGE);
  const [firstId, secondId] = [companyId, otherId].sort();
  await db.companyDuplicateDismissal.upsert({
    where: { firstId_secondId: { firstId: firstId!, secondId: secondId! } },
    create: { firstId: firstId!, secondId: secondId! },
    update: {},
  });
}
