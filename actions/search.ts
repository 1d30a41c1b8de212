"use server";

import { globalSearch } from "@/lib/search/global-search";
import { adminActionClient } from "./safe-action";
import { globalSearchSchema } from "./search.validation";

export const globalSearchAction = adminActionClient
  .metadata({ actionName: "globalSearch" })
  .inputSchema(globalSearchSchema)
  .action(async ({ parsedInput }) => ({ results: await globalSearch(parsedInput.query) }));
