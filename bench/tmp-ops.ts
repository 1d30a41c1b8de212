import { randomBytes } from "node:crypto";
import { sandboxProviderEnv } from "../scripts/lib/sandbox-env";
import { createIsolatedSchema, dropIsolatedSchema } from "../scripts/lib/isolated-schema";
const schemaUrl = await createIsolatedSchema(process.env.DATABASE_URL!, "bench_ops");
Object.assign(process.env, sandboxProviderEnv("http://127.0.0.1:1", {}), { NODE_ENV: "test", DATABASE_URL: schemaUrl, AUTH_SECRET: "x".repeat(40), ENCRYPTION_KEYS: `k:${randomBytes(32).toString("base64")}`, APP_URL: "http://localhost:3000" });
const { db, sqlQuery } = await import("@/lib/db");
const { Prisma } = await import("@/lib/generated/prisma/client");
const { recordIntegrationCall } = await import("@/lib/integration-log/record");
const { encryptSecret } = await import("@/lib/crypto");
const N = 400;
async function measure(label: string, op: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await op(i);
  const c = process.cpuUsage(); const t = performance.now();
  for (let i = 0; i < N; i++) await op(i);
  const cpu = process.cpuUsage(c);
  console.log(label.padEnd(40), ((cpu.user + cpu.system) / 1000 / N).toFixed(3), "ms cpu", ((performance.now() - t) / N).toFixed(3), "ms wall", "(sys", (cpu.system / 1000 / N).toFixed(3), ")");
}
const company = await db.company.create({ data: { name: "x" } });
const acc = await db.socialAccount.create({ data: { companyId: company.id, platform: "TIKTOK", externalId: "e", name: "n", accessTokenSealed: "a", tokenIssuedAt: new Date(), scopes: [] } });
try {
  await measure("sqlQuery SELECT 1", () => sqlQuery(Prisma.sql`SELECT 1`));
  await measure("prisma $queryRaw SELECT 1", () => db.$queryRaw`SELECT 1`);
  await measure("recordIntegrationCall", () => recordIntegrationCall({ provider: "tiktok", action: "refresh", method: "POST", url: "https://x/y", httpStatus: 200, durationMs: 100, outcome: "success", attempt: 1, requestBody: { a: 1 }, responseBody: { access_token: "[redacted]", expires_in: 86400 }, companyId: company.id } as never));
  await measure("socialAccount.updateMany", () => db.socialAccount.updateMany({ where: { id: acc.id }, data: { accessTokenSealed: "b", refreshCount: { increment: 1 }, lastRefreshedAt: new Date(), leaseId: null, leaseUntil: null } }));
  await measure("encryptSecret x3", async () => { encryptSecret("a".repeat(60)); encryptSecret("b".repeat(60)); encryptSecret("c".repeat(60)); });
} finally { await db.$disconnect(); await dropIsolatedSchema(schemaUrl); }
