import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";

const callerResultSchema = z.union([
  z.object({ ok: z.literal(true), waitMs: z.number(), token: z.string() }),
  z.object({ ok: z.literal(false), waitMs: z.number(), error: z.string() }),
]);
export type StormCallerResult = z.infer<typeof callerResultSchema>;

const WORKER = path.resolve(import.meta.dirname, "refresh-storm-worker.ts");

function runWorker(environment: NodeJS.ProcessEnv): Promise<StormCallerResult[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER], { env: environment, stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
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
}

/**
 * `processes` child processes × `callersPerProcess` concurrent getAgencyToken() callers, all
 * released at the same instant (after every process has started and warmed up).
 */
export async function runRefreshStorm(options: {
  processes: number;
  callersPerProcess: number;
  environment: NodeJS.ProcessEnv;
  /** Time the processes get to start before the callers are released. */
  warmUpMs?: number;
}): Promise<StormCallerResult[]> {
  const startAt = Date.now() + (options.warmUpMs ?? 4_000);
  const environment = { ...options.environment, STORM_CALLERS: String(options.callersPerProcess), STORM_START_AT: String(startAt) };
  const perProcess = await Promise.all(Array.from({ length: options.processes }, () => runWorker(environment)));
  return perProcess.flat();
}
