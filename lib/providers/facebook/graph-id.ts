import { z } from "zod";

/**
 * Graph object ids arrive as strings; a bare number is accepted and kept as its decimal text.
 * Numbers beyond 2^53 never reach here as numbers: the response parser keeps them as exact text
 * (core/lossless-json.ts), so a number here is always exact.
 */
export const graphIdSchema = z.union([
  z.string().min(1),
  z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).transform(String),
]);
