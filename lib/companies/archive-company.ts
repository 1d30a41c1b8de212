import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Company } from "@/lib/generated/prisma/client";
import { COMPANY_NOT_FOUND_MESSAGE } from "./company-input";
import { isRecordNotFound } from "./save-company";

/**
 * Hides the company from the active list and stops new orders for it, keeping
 * its orders and invoices. Archiving an archived company changes nothing.
 */
export async function archiveCompany(id: string): Promise<Company> {
  const company = await db.company.findUnique({ where: { id } });
  if (!company) throw new UserFacingError(COMPANY_NOT_FOUND_MESSAGE);
  if (company.status === "ARCHIVED") return company;
  return setStatus(id, { status: "ARCHIVED", archivedAt: new Date() });
}

export async function restoreCompany(id: string): Promise<Company> {
  return setStatus(id, { status: "ACTIVE", archivedAt: null });
}

async function setStatus(id: string, data: Pick<Company, "status" | "archivedAt">): Promise<Company> {
  try {
    return await db.company.update({ where: { id }, data });
  } catch (error) {
    if (isRecordNotFound(error)) throw new UserFacingError(COMPANY_NOT_FOUND_MESSAGE);
    throw error;
  }
}
