import { EmbeddedRunner } from "@/lib/workflows/runner/embedded-runner";
import { everySecondFunction, testWorkflowFunctions } from "./test-functions";

/**
 * A workflow engine in a process of its own, for tests that kill one mid-step or
 * run several against one database. The environment comes from the test file.
 *
 * `automation-tick <time>`: what an engine instance does on one tick for automations
 * (dispatch the due ones, execute the runs it claimed and any run still pending),
 * then print the counts and exit; the exactly-once test starts two at once.
 * Otherwise: an embedded runner of the test functions until SIGTERM.
 */
async function automationTick(at: Date): Promise<void> {
  // Loaded only in this mode: the automation domain is large, and runner processes start against a clock.
  const { dispatchDueAutomations, executeAutomationRun } = await import("@/lib/automations");
  const { db } = await import("@/lib/db");
  const { claimed } = await dispatchDueAutomations(at);
  const pending = await db.automationRun.findMany({ where: { status: "PENDING" }, select: { id: true } });
  const results = await Promise.all([...new Set([...claimed, ...pending.map((run) => run.id)])].map((id) => executeAutomationRun(id)));
  process.stdout.write(`${JSON.stringify({ claimed: claimed.length, executed: results.filter((result) => result.status !== "SKIPPED").length })}\n`);
  await db.$disconnect();
}

function runUntilStopped(): void {
  const functions = process.env.TEST_RUNNER_CRON === "1" ? [everySecondFunction] : testWorkflowFunctions;
  const runner = new EmbeddedRunner({
    functions,
    slots: Number(process.env.TEST_RUNNER_SLOTS ?? 16),
    pollMs: 50,
    leaseMs: Number(process.env.TEST_RUNNER_LEASE_MS ?? 60_000),
    retryBaseMs: 50,
  });
  runner.start();
  setInterval(() => undefined, 60_000);
  process.stdout.write("runner ready\n");
  process.on("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
}

const [mode, time] = process.argv.slice(2);
if (mode === "automation-tick") await automationTick(new Date(time ?? Date.now()));
else runUntilStopped();
