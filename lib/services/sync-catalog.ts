import { db } from "@/lib/db";
import { fampageClient } from "@/lib/providers/app-clients";
import { networkOfCategory } from "./network";

export type CatalogSyncSummary = { total: number; added: number; updated: number; deactivated: number };

/**
 * Copies the panel's catalog into Postgres. Services the panel no longer lists
 * are marked inactive, never deleted: past orders still point at them.
 */
export async function syncServiceCatalog(): Promise<CatalogSyncSummary> {
  const services = await fampageClient().listServices();
  const syncedAt = new Date();
  const known = new Set((await db.service.findMany({ select: { id: true } })).map((service) => service.id));
  await db.$transaction(async (tx) => {
    for (const service of services) {
      const fields = {
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
      await tx.service.upsert({ where: { id: service.id }, create: { id: service.id, ...fields }, update: fields });
    }
  });
  const listed = services.map((service) => service.id);
  const { count: deactivated } = await db.service.updateMany({
    where: { id: { notIn: listed }, active: true },
    data: { active: false },
  });
  const added = listed.filter((id) => !known.has(id)).length;
  return { total: services.length, added, updated: services.length - added, deactivated };
}
