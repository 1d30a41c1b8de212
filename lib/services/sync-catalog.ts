import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { fampageClient } from "@/lib/providers/app-clients";
import type { PanelService } from "@/lib/providers/fampage";
import { networkOfCategory } from "./network";

const UPSERT_CHUNK = 200;

export type CatalogSyncSummary = { total: number; added: number; updated: number; deactivated: number };

function storedFields(service: PanelService, syncedAt: Date) {
  return {
    name: service.name,
    type: service.type,
    category: service.category,
    network: networkOfCategory(service.category),
    ratePer1000: service.rate,
    min: service.min,
    max: service.max,
    refill: service.refill,
    cancel: service.cancel,
    dripfeed: service.dripfeed,
    description: service.desc ?? null,
    active: true,
    lastSyncedAt: syncedAt,
  };
}

/**
 * Copies the panel's catalog into Postgres. Services the panel no longer lists
 * are marked inactive, never deleted: past orders still point at them.
 */
export async function syncServiceCatalog(): Promise<CatalogSyncSummary> {
  const services = await fampageClient().listServices();
  // An outage can look like an empty catalog; retiring every service on that would be wrong.
  if (services.length === 0) throw new UserFacingError("The panel listed no services, so the catalog was left as it was.");
  const syncedAt = new Date();
  const known = new Set((await db.service.findMany({ select: { id: true } })).map((service) => service.id));
  // Chunks keep each transaction short, however large the panel's catalog.
  for (let start = 0; start < services.length; start += UPSERT_CHUNK) {
    await db.$transaction(async (tx) => {
      for (const service of services.slice(start, start + UPSERT_CHUNK)) {
        const fields = storedFields(service, syncedAt);
        await tx.service.upsert({ where: { id: service.id }, create: { id: service.id, ...fields }, update: fields });
      }
    });
  }
  const listed = services.map((service) => service.id);
  const { count: deactivated } = await db.service.updateMany({
    where: { id: { notIn: listed }, active: true },
    data: { active: false },
  });
  const added = listed.filter((id) => !known.has(id)).length;
  return { total: services.length, added, updated: services.length - added, deactivated };
}
