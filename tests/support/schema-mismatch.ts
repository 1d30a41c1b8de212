import type { z } from "zod";
import { describeSchemaMismatch } from "@/lib/providers/core/schema-mismatch";

/** How the schema describes what is wrong with a body it must refuse. */
export function mismatchOf(schema: z.ZodType, body: unknown): string {
  const result = schema.safeParse(body);
  if (result.success) throw new Error("expected the body to be refused");
  return describeSchemaMismatch(result.error);
}
