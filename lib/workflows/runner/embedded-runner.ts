import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { InngestFunction } from "inngest";
import { type ClaimedRun, type ClaimScope, claimRuns } from "./claim-run";
import { enqueuesInThisProcess } from "@/lib/workflows/outbox";
import { deliverOutboxToRunner, OUTBOX_DELIVERY_BATCH } from "./deliver-outbox";
import { keepLeaseAlive, RunExecution, type SlotHandOff } from "./execute-run";
import { type RegisteredFunction, registerFunctions } from "./function-registry";
import { nextCronTickAfter, scheduleDueCrons } from "./schedule-crons";
import { errorFields, log } from "@/lib/log";

export type EmbeddedRunnerOptions = {
  functions: InngestFunction.Any[];
  /** Runs this process executes at once (they mostly wait on I/O). */
  slots?: number;
  /** How often an idle runner looks for work. */
  pollMs?: number;
  /** How long a claimed run stays ours without a heartbeat; a crashed process's runs are taken over after it. */
  leaseMs?: number;
  /** First retry delay; doubles with each attempt. */
  retryBaseMs?: number;
  onError?: (error: unknown) => void;
};

/**
 * Runs the app's Inngest functions inside this process, over the app's
 * Postgres: delivers outbox events to runs, fires crons, and executes runs
 * with the SDK's engine. Any number of processes can run one against the same
 * database; every coordination (claims, concurrency, cron ticks) is in Postgres.
 */
export class EmbeddedRunner {
  readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly registry: Map<string, RegisteredFunction>;
  private readonly slots: number;
  private readonly pollMs: number;
  private readonly timing: { leaseMs: number; retryBaseMs: number };
  private readonly active = new Set<Promise<void>>();
  private readonly runningByFunction = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  /** A slot freed while a tick was running: the next tick starts at once instead of after the poll interval. */
  private wakeRequested = false;
  private stopped = true;
  /**
   * Crons are read from Postgres only when one of them is due: a finished run triggers a tick,
   * and two statements per cron on each would pace a fan-out of thousands of runs.
   */
  private nextCronCheckAt = 0;
  /** The enqueue count (outbox.ts) when this runner last read the outbox, and whether it left events behind. */
  private enqueuesAtLastDelivery = -1;
  private outboxBacklog = false;
  private readonly claimScope: ClaimScope;
  private readonly handOff: SlotHandOff;

  constructor(private readonly options: EmbeddedRunnerOptions) {
    this.registry = registerFunctions(options.functions);
    this.slots = options.slots ?? 16;
    this.pollMs = options.pollMs ?? 500;
    this.timing = { leaseMs: options.leaseMs ?? 60_000, retryBaseMs: options.retryBaseMs ?? 1_000 };
    this.claimScope = { registry: this.registry, owner: this.owner, leaseMs: this.timing.leaseMs };
    this.handOff = {
      scope: this.claimScope,
      // A stopping runner takes no more work; the ending run's slot is otherwise its to refill.
      slotsToRefill: () => (this.stopped ? 0 : 1),
      handOver: (runs) => {
        for (const run of runs) this.execute(run);
      },
    };
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops taking work and waits for the runs in progress to reach their next stored step. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.ticking;
    // A run ending now may still hand its slot to one claimed with it: wait for that one too.
    while (this.active.size) await Promise.allSettled([...this.active]);
  }

  /**
   * One pass: deliver, schedule, fill free slots. Exposed for tests that step the runner by hand.
   * A pass woken by a finished run (`woken`) reads the outbox only if this process enqueued
   * since the last read; a poll always reads it. One batch of events is delivered per pass, so
   * the runs of a large fan-out start after its first batch, not after all of it.
   */
  async tick(woken = false): Promise<void> {
    const enqueues = enqueuesInThisProcess();
    if (!woken || this.outboxBacklog || enqueues !== this.enqueuesAtLastDelivery) {
      this.enqueuesAtLastDelivery = enqueues;
      this.outboxBacklog = (await deliverOutboxToRunner(this.registry)) === OUTBOX_DELIVERY_BATCH;
      if (this.outboxBacklog) this.wakeRequested = true;
    }
    if (Date.now() >= this.nextCronCheckAt) {
      const checkedAt = new Date();
      await scheduleDueCrons(this.registry, checkedAt);
      this.nextCronCheckAt = nextCronTickAfter(this.registry, checkedAt)?.getTime() ?? Number.POSITIVE_INFINITY;
    }
    if (this.everyFunctionAtItsLimit()) return;
    const runs = await claimRuns(this.claimScope, this.slots - this.active.size);
    for (const run of runs) this.execute(run);
  }

  /**
   * Whether this process's own runs already fill every function's limit: then no process could
   * give it another run, and the claim's transaction is skipped (a busy fan-out's polls).
   */
  private everyFunctionAtItsLimit(): boolean {
    for (const registered of this.registry.values()) {
      const limit = registered.concurrency.find((rule) => rule.keyPath === null)?.limit;
      if (limit === undefined || (this.runningByFunction.get(registered.id) ?? 0) < limit) return false;
    }
    return true;
  }

  private execute(run: ClaimedRun): void {
    const registered = this.registry.get(run.functionId);
    if (!registered) return;
    this.runningByFunction.set(run.functionId, (this.runningByFunction.get(run.functionId) ?? 0) + 1);
    const stopHeartbeat = keepLeaseAlive(run.id, this.owner, this.timing.leaseMs);
    const runExecution = new RunExecution(registered, run, this.owner, this.timing, this.handOff);
    const execution = runExecution
      .drive()
      .catch((error: unknown) => this.report(error))
      .finally(() => {
        stopHeartbeat();
        this.runningByFunction.set(run.functionId, (this.runningByFunction.get(run.functionId) ?? 1) - 1);
        this.active.delete(execution);
        // A run whose end claimed the runs after it needs no pass, unless this process enqueued events since.
        if (!runExecution.refilledItsSlot || enqueuesInThisProcess() !== this.enqueuesAtLastDelivery) this.wake();
      });
    this.active.add(execution);
  }

  /** Resolves once no run is queued, running or due (sleeping ones may remain). For tests and benchmarks. */
  async drain(isIdle: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.active.size && (await isIdle())) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`The embedded runner did not finish its work within ${timeoutMs} ms.`);
  }

  private wake(): void {
    if (this.ticking) this.wakeRequested = true;
    else this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    const woken = delayMs === 0;
    this.timer = setTimeout(() => {
      if (this.ticking) return this.wake();
      this.wakeRequested = false;
      this.ticking = this.tick(woken)
        .catch((error: unknown) => this.report(error))
        .finally(() => {
          this.ticking = undefined;
          this.schedule(this.wakeRequested ? 0 : this.pollMs);
        });
    }, delayMs);
    this.timer.unref();
  }

  private report(error: unknown): void {
    if (this.options.onError) this.options.onError(error);
    else log.error(errorFields(error), "embedded workflow runner tick failed");
  }
}
