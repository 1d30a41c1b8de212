import { automationSecretColumns } from "@/lib/destinations/manage-destinations";
import { socialSecretColumns } from "@/lib/social/secret-columns";

/**
 * Every column that holds a secret sealed with `encryptSecret`, for `npm run keys:rotate`.
 * Add yours here when you store a new secret (a plain list, so merges stay simple).
 */
export type SecretColumnGroup = {
  /** The table as Postgres names it (Prisma model name). */
  table: string;
  /** Primary key column; rows are re-sealed in batches ordered by it. */
  idColumn: string;
  /** Nullable or not; a null stays null. */
  columns: readonly string[];
};

export const secretColumns: readonly SecretColumnGroup[] = [
  { table: "GhlConnection", idColumn: "id", columns: ["accessToken", "refreshToken"] },
  { table: "GhlSubaccount", idColumn: "companyId", columns: ["password", "firebaseToken"] },
  { table: "PasswordResetToken", idColumn: "id", columns: ["sealedToken"] },
  ...socialSecretColumns,
  automationSecretColumns,
];
