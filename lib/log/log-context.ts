import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while handling one request or action carries. */
export type LogContext = { requestId?: string; action?: string };

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `work` with `context` added to every log line it writes, however deep the call. */
export function withLogContext<T>(context: LogContext, work: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, work);
}

export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
