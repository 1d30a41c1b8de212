import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { type Company, type CompanySource, Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_NOT_FOUND_MESSAGE, type CompanyInput } from "./company-input";

export async function createCompany(input: CompanyInput, source: CompanySource = "CONSOLE"): Promise<Company> {
  return db.company.create({ data: { ...input, source } });
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
