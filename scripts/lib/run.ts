import { spawn, type ChildProcess } from "node:child_process";

/** Runs a command to completion, inheriting stdio; rejects with its exit code. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`)),
    );
  });
}

/** Starts a long-running command; the caller stops it. */
export function start(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { stdio: "inherit", env });
}

/** Stops children and runs cleanups once, on Ctrl-C, SIGTERM or a child's exit. */
export function onShutdown(cleanup: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= cleanup());
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stop().finally(() => process.exit(130)));
  }
  return stop;
}
