import type { ChildProcess } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueEvent } from "@/lib/workflows/outbox";
import { EmbeddedRunner } from "@/lib/workflows/runner/embedded-runner";
import { resetSandboxBeforeEach } from "../../support/test-sandbox";
import { killProcess, panelCallsByOrder, startRunnerProcess, waitFor } from "../../support/workflows/runner-harness";
import { stepsRequested, testWorkflowFunctions } from "../../support/workflows/test-functions";

const { control } = resetSandboxBeforeEach();
const children: ChildProcess[] = [];

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => killProcess(child)));
  await db.$executeRaw`TRUNCATE "WorkflowRun", "WorkflowStep", "OutboxEvent", "WorkflowSchedule"`;
});

const storedSteps = (runId: string) => db.workflowStep.count({ where: { runId } });

describe("runner processes", () => {
  it("a run whose process is killed between steps resumes elsewhere and repeats no finished step", async () => {
    const doomed = await startRunnerProcess({ TEST_STEP_HOLD_MS: "600000", TEST_RUNNER_LEASE_MS: "1500" });
    children.push(doomed);
    await enqueueEvent(db, stepsRequested, { base: 500, group: "kill" });
    // The first step finished and was stored; the second is running (held) when the process dies.
    const run = await waitFor(() => db.workflowRun.findFirst({ where: { status: "RUNNING" } }));
    await waitFor(async () => (await storedSteps(run.id)) === 1 && (await panelCallsByOrder(control)).get(502) === 1);
    await killProcess(doomed);

    const survivor = new EmbeddedRunner({ functions: testWorkflowFunctions, pollMs: 20, leaseMs: 1_500 });
    survivor.start();
    try {
      await waitFor(async () => (await db.workflowRun.findUnique({ where: { id: run.id } }))?.status === "COMPLETED", 20_000);
    } finally {
      await survivor.stop();
    }
    const calls = Object.fromEntries(await panelCallsByOrder(control));
    // Step 1 finished before the kill: never repeated. Step 2 never finished: it ran again, as it must.
    expect(calls).toEqual({ 501: 1, 502: 2, 503: 1 });
    expect(await storedSteps(run.id)).toBe(3);
  });

  it("two processes share the work: every step runs once and a concurrency key never overlaps", async () => {
    // One slot each: a process that claims every free slot in one batch would otherwise take all three groups alone.
    const runnerEnv = { TEST_STEP_HOLD_MS: "30", TEST_RUNNER_SLOTS: "1" };
    children.push(await startRunnerProcess(runnerEnv), await startRunnerProcess(runnerEnv));
    const groups = ["north", "south", "east"];
    await db.$transaction(async (tx) => {
      for (let index = 0; index < 24; index += 1) {
        await enqueueEvent(tx, stepsRequested, { base: 1000 + index * 10, group: groups[index % groups.length] ?? "north" });
      }
    });
    await waitFor(async () => (await db.workflowRun.count({ where: { status: "COMPLETED" } })) === 24, 60_000);

    const calls = await panelCallsByOrder(control);
    expect(calls.size).toBe(72);
    expect([...calls.values()].every((count) => count === 1)).toBe(true);

    const runs = await db.workflowRun.findMany({ select: { concurrencyKey: true, output: true } });
    const pids = new Set(runs.flatMap((run) => (run.output as { pid: number }[]).map((step) => step.pid)));
    expect(pids.size).toBe(2);
    for (const group of groups) {
      const windows = runs
        .filter((run) => run.concurrencyKey === group)
        .map((run) => {
          const steps = run.output as { startedAt: number; endedAt: number }[];
          return { from: steps[0]?.startedAt ?? 0, to: steps.at(-1)?.endedAt ?? 0 };
        })
        .sort((a, b) => a.from - b.from);
      for (let index = 1; index < windows.length; index += 1) {
        expect(windows[index]?.from).toBeGreaterThanOrEqual(windows[index - 1]?.to ?? 0);
      }
    }
  });

  it("a cron fires once per tick with two processes running", async () => {
    children.push(await startRunnerProcess({ TEST_RUNNER_CRON: "1" }), await startRunnerProcess({ TEST_RUNNER_CRON: "1" }));
    await waitFor(async () => (await db.workflowRun.count({ where: { status: "COMPLETED" } })) >= 5, 30_000);
    await Promise.all(children.splice(0).map((child) => killProcess(child, "SIGTERM")));

    const runs = await db.workflowRun.findMany({ orderBy: { runAt: "asc" }, select: { runAt: true, output: true } });
    const ticks = runs.map((run) => run.runAt.getTime());
    expect(new Set(ticks).size).toBe(ticks.length);
    // Consecutive seconds, none skipped and none twice, whichever process fired them.
    for (let index = 1; index < ticks.length; index += 1) expect((ticks[index] ?? 0) - (ticks[index - 1] ?? 0)).toBe(1000);
    expect(new Set(runs.map((run) => run.output)).size).toBeGreaterThanOrEqual(1);
  });
});
