import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OrderRequest } from "@/lib/orders/order-request";
import { syncServiceCatalog } from "@/lib/services/sync-catalog";
import { createSandboxControl } from "../../sandbox/testing/sandbox-control";
import { createFampageSandboxControl } from "../../sandbox/providers/fampage/control-client";

export const sandbox = () => createSandboxControl(process.env.SANDBOX_URL as string);
export const fampageSandbox = () => createFampageSandboxControl(process.env.SANDBOX_URL as string);

/** A company, and the sandbox panel's catalog synced into Postgres. */
export async function seedCompanyAndCatalog(name = "Acme Coffee") {
  await syncServiceCatalog();
  return db.company.create({ data: { name, contactEmail: "billing@acme.test" } });
}

/** A catalog service of the given type, optionally with a capability. */
export async function findService(type: string, where: { refill?: boolean; cancel?: boolean; dripfeed?: boolean } = {}) {
  return db.service.findFirstOrThrow({ where: { type, active: true, ...where }, orderBy: { id: "asc" } });
}

export function orderRequest(companyId: string, serviceId: number, overrides: Partial<OrderRequest> = {}): OrderRequest {
  return {
    idempotencyKey: randomUUID(),
    companyId,
    serviceId,
    link: `https://instagram.com/brand-${randomUUID().slice(0, 8)}`,
    quantity: 1000,
    ...overrides,
  };
}

/** The panel requests the sandbox received for one `action` (add, status, refill, ...). */
export async function panelRequests(action: string) {
  const requests = await sandbox().requests({ provider: "fampage" });
  return requests.filter((request) => (request.body as { action?: unknown } | null)?.action === action);
}

type CatalogService = Awaited<ReturnType<typeof findService>>;

/** The columns of an order row for a catalog service, for tests that write orders directly. */
export function orderRowFor(service: CatalogService, companyId: string) {
  return {
    companyId,
    serviceId: service.id,
    serviceName: service.name,
    serviceType: service.type,
    network: service.network,
    ratePer1000: service.ratePer1000,
    multiplier: 8,
  };
}
