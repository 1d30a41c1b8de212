import { companyCreated } from "@/inngest/events";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { UserFacingError } from "@/lib/errors";
import { type Company, type CompanySource, Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_NOT_FOUND_MESSAGE, type CompanyInput } from "./company-input";

/** Creates the company and, in the same transaction, the event its workflows start from. */
export async function createCompany(input: CompanyInput, source: CompanySource = "CONSOLE"): Promise<Company> {
  return db.$transaction(async (tx) => {
    const company = await tx.company.create({ data: { ...input, source } });
    await enqueueEvent(tx, companyCreated, { companyId: company.id }, { id: `company-created:${company.id}` });
    return company;
  });
}

/** Replaces every editable field: a blank field clears the stored value. */
export async function updateCompany(id: string, input: CompanyInput): Promise<Company> {
  try {
    return await db.company.update({ where: { id }, data: input });
  } catch (error) {
    if (isRecordNotFound(error)) throw new UserFacingError(COMPANY_NOT_FOUND_MESSAGE);
    throw error;
  }
}

export function isRecordNotFound(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
