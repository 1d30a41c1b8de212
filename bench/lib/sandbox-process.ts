import { spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import path from "node:path";

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (address === null || typeof address === "string") throw new Error("Could not find a free port for the sandbox.");
  return address.port;
}

/**
 * The provider sandbox in a process of its own. It stands for remote providers: in the
 * measured process its HTTP serving would take CPU from (and share an event loop with) the
 * code being measured, which a real provider never does.
 */
export async function startSandboxProcess(): Promise<{ url: string; close: () => Promise<void> }> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve(import.meta.dirname, "../../sandbox/main.ts")], {
    env: { ...process.env, SANDBOX_PORT: String(port), SANDBOX_HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`The sandbox process exited with ${code} before listening.`)));
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Provider sandbox listening on")) resolve();
    });
  });
  child.removeAllListeners("exit");
  child.stdout.resume();
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}
