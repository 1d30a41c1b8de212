import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { spawnServerScript } from "../scripts/lib/server-script";

const callerResultSchema = z.union([
  z.object({ ok: z.literal(true), waitMs: z.number(), token: z.string() }),
  z.object({ ok: z.literal(false), waitMs: z.number(), error: z.string() }),
]);
export type StormCallerResult = z.infer<typeof callerResultSchema>;

const WORKER = path.resolve(import.meta.dirname, "refresh-storm-worker.ts");

type Worker = { child: ChildProcess; ready: Promise<void>; results: Promise<StormCallerResult[]> };

function startWorker(environment: NodeJS.ProcessEnv): Worker {
  const child = spawnServerScript(WORKER, [], { env: environment, stdio: ["pipe", "pipe", "inherit"] });
  let output = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.startsWith("ready\n")) markReady();
  });
  const results = new Promise<StormCallerResult[]>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) return reject(new Error(`refresh-storm worker exited with ${code}`));
      try {
        resolve(z.array(callerResultSchema).parse(JSON.parse(output.trim().split("\n").at(-1) ?? "")));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
  return { child, ready, results };
}

/**
 * `processes` child processes × `callersPerProcess` concurrent getAgencyToken() callers,
 * released together once every process has started and warmed up.
 */
export async function runRefreshStorm(options: {
  processes: number;
  callersPerProcess: number;
  environment: NodeJS.ProcessEnv;
}): Promise<StormCallerResult[]> {
  const environment = { ...options.environment, STORM_CALLERS: String(options.callersPerProcess) };
  const workers = Array.from({ length: options.processes }, () => startWorker(environment));
  await Promise.race([Promise.all(workers.map((worker) => worker.ready)), ...workers.map((worker) => worker.results)]);
  for (const worker of workers) worker.child.stdin?.end("go\n");
  return (await Promise.all(workers.map((worker) => worker.results))).flat();
}
