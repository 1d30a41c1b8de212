import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_NOT_FOUND_MESSAGE } from "./company-input";

const HAS_HISTORY_MESSAGE =
  "This company has orders or invoices, so it cannot be deleted: archive it instead to keep its history.";

/**
 * Deletes a company that never had an order or invoice. The company row is
 * locked first: an order being inserted for it holds a key-share lock on that
 * row, so either that order commits before the count below sees it, or it
 * waits and then fails its foreign key. No order can slip in between.
 */
export async function deleteCompany(id: string): Promise<{ name: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ name: string }[]>`SELECT "name" FROM "Company" WHERE "id" = ${id} FOR UPDATE`;
      const company = locked[0];
      if (!company) throw new UserFacingError(COMPANY_NOT_FOUND_MESSAGE);
      const orders = await tx.order.count({ where: { companyId: id } });
      const invoices = await tx.invoice.count({ where: { companyId: id } });
      if (orders > 0 || invoices > 0) throw new UserFacingError(HAS_HISTORY_MESSAGE);
      await tx.company.delete({ where: { id } });
      return { name: company.name };
    });
  } catch (error) {
    // The foreign keys are the last line: history that appeared anyway still blocks the delete.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") {
      throw new UserFacingError(HAS_HISTORY_MESSAGE);
    }
    throw error;
  }
}
