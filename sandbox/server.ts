import { setMaxListeners } from "node:events";
import { createServer, type Server } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { createSandboxApp } from "./app";
import { createSandboxContext } from "./core/sandbox-context";
import { providerSimulators } from "./providers/registry";

export type SandboxOptions = {
  /** 0 picks a free port. Default 0. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Seed of the id generator; the same seed gives the same ids. Default 1. */
  seed?: number;
};

export type RunningSandbox = {
  /** Base URL without trailing slash; each provider lives at `${url}/<name>`. */
  url: string;
  /** Stops the server, ending hanging requests; safe to call twice. */
  close(): Promise<void>;
};

const DEFAULT_SEED = 1;

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      if (address === null || typeof address === "string") reject(new Error("Sandbox is not listening on TCP"));
      else resolve(address.port);
    });
  });
}

/** Starts the provider sandbox (every simulator plus `/_control`) on one HTTP server. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const shutdown = new AbortController();
  // Every answer held back by a latency or a fault listens for shutdown: a benchmark holds dozens at once.
  setMaxListeners(0, shutdown.signal);
  const context = createSandboxContext(options.seed ?? DEFAULT_SEED, shutdown.signal);
  const app = createSandboxApp(context, providerSimulators);
  // The sandbox often shares a process with the code under test: leave its fetch globals alone.
  const server = createServer(getRequestListener(app.fetch, { overrideGlobalObjects: false }));
  const port = await listen(server, options.port ?? 0, host);
  const urlHost = host.includes(":") ? `[${host}]` : host;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      shutdown.abort();
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      server.closeAllConnections();
    });
    return closing;
  };

  return { url: `http://${urlHost}:${port}`, close };
}
