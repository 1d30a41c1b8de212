import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import type { SandboxControl } from "../../../sandbox/testing/sandbox-control";

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

/** A runner in its own process (tests/support/workflows/runner-process.ts) on this test file's schema and sandbox. */
export async function startRunnerProcess(extraEnv: Record<string, string> = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "runner-process.ts")], {
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
