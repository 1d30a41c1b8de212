import { Prisma } from "@/lib/generated/prisma/client";

/**
 * With driver adapters, P2002 arrives without `meta.target`; the constraint name
 * is at `meta.driverAdapterError.cause.constraint` instead.
 */
export function isUniqueViolation(error: unknown, constraintHint?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  if (!constraintHint) return true;
  const meta = error.meta as
    | { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } | string } } }
    | undefined;
  const described = JSON.stringify([meta?.target, meta?.driverAdapterError?.cause?.constraint]);
  return described.includes(constraintHint);
}
