import { UserFacingError } from "@/lib/errors";
import { isProviderError } from "@/lib/providers/core";
import { type CatalogSyncSummary, syncServiceCatalog } from "./sync-catalog";

export type CatalogSyncReport = { summary: CatalogSyncSummary; message: string };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** "42 services: 3 added, 39 updated, 1 deactivated". */
export function describeCatalogSync(summary: CatalogSyncSummary): string {
  return `${plural(summary.total, "service")}: ${summary.added} added, ${summary.updated} updated, ${summary.deactivated} deactivated`;
}

/**
 * The catalog sync as the console starts it. A panel failure becomes a message the
 * console can show (ProviderError messages never carry credentials); a missing
 * configuration already is one (ProviderNotConfiguredError).
 */
export async function runCatalogSync(): Promise<CatalogSyncReport> {
  try {
    const summary = await syncServiceCatalog();
    return { summary, message: describeCatalogSync(summary) };
  } catch (error) {
    if (!isProviderError(error)) throw error;
    throw new UserFacingError(`The panel did not send its catalog, so nothing changed: ${error.message}`);
  }
}
