import { type ChildProcess, execFile, spawn, type SpawnOptions } from "node:child_process";
import { promisify } from "node:util";

/**
 * Node arguments that run a TypeScript file as Next's server layer resolves modules:
 * domain modules start with `import "server-only"`, which only the react-server
 * condition resolves to the empty module.
 */
export function serverScriptArgs(script: string, args: readonly string[] = []): string[] {
  return ["--conditions=react-server", "--import", "tsx", script, ...args];
}

/** A long-lived child process running `script` (a worker, a runner). */
export function spawnServerScript(script: string, args: readonly string[], options: SpawnOptions): ChildProcess {
  return spawn(process.execPath, serverScriptArgs(script, args), options);
}

const execFileAsync = promisify(execFile);

/** Runs `script` to completion and resolves with its output; rejects when it exits non-zero. */
export function runServerScript(script: string, args: readonly string[], options: { env: NodeJS.ProcessEnv; timeout: number }) {
  return execFileAsync(process.execPath, serverScriptArgs(script, args), options);
}
