// One "runner": what an engine instance does on a tick (dispatch due automations, execute the
// runs it claimed, and any run still pending). Started twice at once by the exactly-once test.
import { dispatchDueAutomations, executeAutomationRun } from "@/lib/automations";
import { db } from "@/lib/db";

const at = new Date(process.argv[2] ?? Date.now());
const { claimed } = await dispatchDueAutomations(at);
const pending = await db.automationRun.findMany({ where: { status: "PENDING" }, select: { id: true } });
const results = await Promise.all([...new Set([...claimed, ...pending.map((run) => run.id)])].map((id) => executeAutomationRun(id)));
console.info(JSON.stringify({ claimed: claimed.length, executed: results.filter((result) => result.status !== "SKIPPED").length }));
await db.$disconnect();
