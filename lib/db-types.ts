import type { Prisma } from "@/lib/generated/prisma/client";

/** The client handed to `db.$transaction(async (tx) => ...)` callbacks. */
export type Tx = Prisma.TransactionClient;
