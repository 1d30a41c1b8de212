import { z } from "zod";

/** Graph object ids arrive as strings; a bare number is accepted and kept as its decimal text. */
export const graphIdSchema = z.union([z.string().min(1), z.number().int().nonnegative().transform(String)]);
