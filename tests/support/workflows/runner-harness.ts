import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import type { SandboxControl } from "../../../sandbox/testing/sandbox-control";
import { runServerScript, spawnServerScript } from "../../../scripts/lib/server-script";

/** How many times the sandbox panel was asked about each order number: a step's side effects. */
export async function panelCallsByOrder(control: SandboxControl): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  for (const request of await control.requests({ provider: "fampage" })) {
    const body = request.body as Record<string, string> | null;
    for (const id of String(body?.order ?? body?.orders ?? "").split(",").filter(Boolean)) {
      counts.set(Number(id), (counts.get(Number(id)) ?? 0) + 1);
    }
  }
  return counts;
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${probe.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const RUNNER_PROCESS = path.join(import.meta.dirname, "runner-process.ts");

/** A runner in its own process (tests/support/workflows/runner-process.ts) on this test file's schema and sandbox. */
export async function startRunnerProcess(extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawnServerScript(RUNNER_PROCESS, [], {
    env: { ...process.env, ...extraEnv },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(async () => output.includes("runner ready") || child.exitCode !== null, 30_000);
  if (child.exitCode !== null) throw new Error(`The runner process exited with code ${child.exitCode}`);
  return child;
}

export async function killProcess(child: ChildProcess, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}

/** One engine tick for automations at `at` in a process of its own, with its claimed and executed counts. */
export async function runAutomationTickProcess(at: string): Promise<{ claimed: number; executed: number }> {
  const { stdout } = await runServerScript(RUNNER_PROCESS, ["automation-tick", at], { env: process.env, timeout: 60_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "") as { claimed: number; executed: number };
}
