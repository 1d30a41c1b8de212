import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Which run and step the embedded runner is executing. An event sent from a
 * step (`step.sendEvent`) gets an id derived from it, so a step re-executed after
 * a crash sends the same ids and the outbox keeps one copy.
 */
export const currentStep = new AsyncLocalStorage<{ runId: string; stepKey: string }>();
