"use server";

import { runCatalogSync } from "@/lib/services/run-catalog-sync";
import { adminActionClient } from "./safe-action";

/** Answers `{ summary, message }`; the message is what the console toasts. */
export const syncCatalogAction = adminActionClient
  .metadata({ actionName: "syncServiceCatalog" })
  .action(async () => runCatalogSync());
