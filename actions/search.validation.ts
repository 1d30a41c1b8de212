import { z } from "zod";

export const globalSearchSchema = z.object({
  query: z.string().trim().min(2, "Type at least two characters.").max(100, "Search for at most 100 characters."),
});
