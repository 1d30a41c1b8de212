import type { InngestFunction } from "inngest";
import { ServerTiming } from "inngest/internals";
import { StepMode } from "inngest/types";
import { inngest } from "@/inngest/client";
import { sqlQuery, sqlQueryPrepared } from "@/lib/db-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { type ClaimedRun, type ClaimedRunRow, type ClaimScope, claimArguments, claimedRunOf } from "./claim-run";
import type { RegisteredFunction } from "./function-registry";
import { retryAfterMs, retryDelayMs, wakeTimeOf } from "./retry-delay";
import { currentStep } from "./step-context";

export type RunnerTiming = { leaseMs: number; retryBaseMs: number };

/**
 * How the end of a run refills its slot: the statement that completes the run also claims the
 * run that takes it over (`workflow_finish_run`). Only its own slot: runs ending together would
 * otherwise each promise the same free slots, and the runner's other free slots are its pass's.
 */
export type SlotHandOff = {
  scope: ClaimScope;
  /** 1, or 0 when the runner is stopping. */
  slotsToRefill(): number;
  /** Starts the runs claimed (maybe none). */
  handOver(runs: ClaimedRun[]): void;
};

type StoredStep = { hashedId: string; status: "COMPLETED" | "FAILED" | "SLEEPING"; data: unknown; error: unknown };
type MemoizedStep = { id: string; data?: unknown; error?: unknown };
type StepRow = StoredStep & { name: string; position: number; finishedAt: Date };
type OutgoingStep = { id: string; op: string; name?: string; displayName?: string; data?: unknown; error?: unknown };
type ExecutionResult =
  | { type: "function-resolved"; data: unknown }
  | { type: "function-rejected"; error: unknown; retriable: boolean | string }
  | { type: "step-ran"; step: OutgoingStep; retriable?: boolean | string }
  | { type: "steps-found"; steps: OutgoingStep[] }
  | { type: "step-not-found" | "change-mode" };

/** Errors are stored and shown by name and message only: never a stack. */
function describeError(error: unknown): { name: string; message: string } {
  if (error && typeof error === "object") {
    const { name, message } = error as { name?: unknown; message?: unknown };
    return { name: typeof name === "string" ? name : "Error", message: typeof message === "string" ? message : JSON.stringify(error) };
  }
  return { name: "Error", message: String(error) };
}

/** A value as it reads back from a jsonb column: what a replay of the run would be given. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value ?? null)) as unknown;

/** A step that ran (its data, or its final failure), as a replay will read it back. */
function storedOutcome(step: OutgoingStep): StoredStep {
  const failed = step.op === "StepFailed";
  return {
    hashedId: step.id,
    status: failed ? "FAILED" : "COMPLETED",
    data: asStored(failed ? null : step.data),
    error: asStored(failed ? describeError(step.error) : null),
  };
}

const quietTimer = () => new ServerTiming.ServerTiming({ info() {}, warn() {}, error() {}, debug() {} } as never);

/**
 * Drives one claimed run with the SDK's own execution engine, the way Inngest
 * does over HTTP: each `start()` is given the steps stored so far (memoized,
 * in completion order) and runs at most one new step, whose outcome is stored
 * before the next call. So a process killed mid-run leaves every finished step
 * stored, and whoever claims the run next resumes after them.
 */
export class RunExecution {
  /** Whether the statement that ended the run also claimed runs for this runner's free slots. */
  refilledItsSlot = false;

  constructor(
    private readonly registered: RegisteredFunction,
    private readonly run: ClaimedRun,
    private readonly owner: string,
    private readonly timing: RunnerTiming,
    private readonly handOff: SlotHandOff,
  ) {}

  /**
   * Steps are read once; each step this process stores is appended as a replay from the
   * database would return it (JSON round trip), so later calls see exactly what a takeover would.
   */
  async drive(): Promise<void> {
    const steps = this.run.hasSteps ? await this.loadSteps() : [];
    for (;;) {
      const result = await this.execute(steps);
      const next = await this.handle(result, steps);
      if (next === "stop") return;
    }
  }

  private async loadSteps(): Promise<StoredStep[]> {
    // A sleep whose time has come counts as done (Inngest resumes it with null data).
    await sqlQuery(Prisma.sql`
      UPDATE "WorkflowStep" SET "status" = 'COMPLETED' WHERE "runId" = ${this.run.id} AND "status" = 'SLEEPING' AND "finishedAt" <= now()`);
    const { rows } = await sqlQuery<StoredStep>(Prisma.sql`
      SELECT "hashedId", "status", "data", "error" FROM "WorkflowStep"
      WHERE "runId" = ${this.run.id} AND "status" <> 'SLEEPING' ORDER BY "position"`);
    return rows;
  }

  /** `discoverOnly`: the SDK reports the next step instead of running it (a look-ahead after a stored step). */
  private execute(steps: StoredStep[], requestedRunStep?: string, discoverOnly = false): Promise<ExecutionResult> {
    const stepState: Record<string, MemoizedStep> = Object.fromEntries(
      steps.map((step) => [
        step.hashedId,
        step.status === "FAILED" ? { id: step.hashedId, error: step.error } : { id: step.hashedId, data: step.data ?? null },
      ]),
    );
    const fn = this.registered.fn as InngestFunction.Any & { createExecution(options: unknown): { start(): Promise<ExecutionResult> } };
    const execution = fn.createExecution({
      partialOptions: {
        client: inngest,
        runId: this.run.id,
        data: {
          event: this.run.event,
          events: [this.run.event],
          runId: this.run.id,
          attempt: this.run.attempt,
          maxAttempts: this.registered.maxAttempts,
        },
        stepState,
        stepCompletionOrder: steps.map((step) => step.hashedId),
        stepMode: StepMode.Async,
        requestedRunStep,
        reqArgs: [],
        headers: {},
        timer: quietTimer(),
        isFailureHandler: false,
        disableImmediateExecution: discoverOnly,
      },
    });
    const stepKey = requestedRunStep ?? `position-${steps.length}`;
    return currentStep.run({ runId: this.run.id, stepKey }, () => execution.start());
  }

  private async handle(result: ExecutionResult, steps: StoredStep[]): Promise<"continue" | "stop"> {
    switch (result.type) {
      case "function-resolved":
        await this.finish("COMPLETED", { output: result.data ?? null });
        return "stop";
      case "function-rejected":
        if (result.retriable !== false && this.run.attempt < this.registered.maxAttempts - 1) {
          await this.retryLater(result.retriable, describeError(result.error).message);
        } else {
          await this.finish("FAILED", { error: describeError(result.error).message });
        }
        return "stop";
      case "step-ran":
        return this.completeStep(result.step, result.retriable, steps);
      case "steps-found":
        return this.handleFoundSteps(result.steps, steps);
      default:
        await this.finish("FAILED", { error: `The workflow engine could not continue this run (${result.type}).` });
        return "stop";
    }
  }

  /**
   * A step just ran: before storing it, the function is replayed once more with the step's
   * outcome, without running anything new. A function that then returns is stored with its
   * last step, and the runs that take its slot are claimed, in one statement (a one-step
   * function, like each account's token refresh, costs one write instead of three); otherwise
   * the step is stored and what the replay found goes on.
   */
  private async completeStep(step: OutgoingStep, retriable: boolean | string | undefined, steps: StoredStep[]): Promise<"continue" | "stop"> {
    if (step.op === "StepError") return this.storeStepOutcome(step, retriable, steps);
    const outcome = storedOutcome(step);
    const after = await this.execute([...steps, outcome], undefined, true);
    if (after.type === "function-resolved") {
      await this.finishWithStep(this.stepRow(step, outcome, steps.length), after.data ?? null);
      return "stop";
    }
    if (!(await this.keepStep(step, outcome, steps))) return "stop";
    return this.handle(after, steps);
  }

  private async storeStepOutcome(step: OutgoingStep, retriable: boolean | string | undefined, steps: StoredStep[]): Promise<"continue" | "stop"> {
    if (step.op === "StepError") {
      await this.retryLater(retriable ?? true, `Step "${step.displayName ?? step.name}" failed: ${describeError(step.error).message}`);
      return "stop";
    }
    return (await this.keepStep(step, storedOutcome(step), steps)) ? "continue" : "stop";
  }

  /** Stores a step that ran and adds it to the steps a replay is given; false = the run is no longer ours. */
  private async keepStep(step: OutgoingStep, outcome: StoredStep, steps: StoredStep[]): Promise<boolean> {
    if (!(await this.storeStep(this.stepRow(step, outcome, steps.length)))) return false;
    steps.push(outcome);
    this.run.attempt = 0;
    return true;
  }

  private stepRow(step: OutgoingStep, outcome: StoredStep, position: number): StepRow {
    return { ...outcome, name: step.displayName ?? step.name ?? step.id, position, finishedAt: new Date() };
  }

  private async handleFoundSteps(found: OutgoingStep[], steps: StoredStep[]): Promise<"continue" | "stop"> {
    const unsupported = found.find((step) => step.op !== "StepPlanned" && step.op !== "Sleep");
    if (unsupported) {
      await this.finish("FAILED", { error: `The embedded runner does not support ${unsupported.op} (step "${unsupported.displayName ?? unsupported.id}").` });
      return "stop";
    }
    const planned = found.filter((step) => step.op === "StepPlanned");
    if (planned.length) {
      // Parallel steps (Promise.all of step.run): each is run on its own, as Inngest does.
      const memoized = [...steps];
      const outcomes = await Promise.all(planned.map((step) => this.execute(memoized, step.id)));
      for (const outcome of outcomes) {
        if (outcome.type !== "step-ran") continue;
        if ((await this.storeStepOutcome(outcome.step, outcome.retriable, steps)) === "stop") return "stop";
      }
    }
    let nextPosition = steps.length;
    const sleeps = found.filter((step) => step.op === "Sleep");
    if (!sleeps.length) return "continue";
    const now = new Date();
    const wakes = sleeps.map((step) => wakeTimeOf(step.name ?? "0s", now));
    for (const [index, step] of sleeps.entries()) {
      const stored = await this.storeStep({
        hashedId: step.id,
        name: step.displayName ?? step.id,
        position: nextPosition++,
        status: "SLEEPING",
        data: null,
        error: null,
        finishedAt: wakes[index] ?? now,
      });
      if (!stored) return "stop";
    }
    const wakeAt = new Date(Math.min(...wakes.map((wake) => wake.getTime())));
    await this.release("SLEEPING", wakeAt, { attempt: 0, error: null });
    return "stop";
  }

  /** Stores a step only while this process still holds the run's lease; false = another runner took it over. */
  private async storeStep(step: StepRow): Promise<boolean> {
    const { rowCount } = await sqlQueryPrepared(Prisma.sql`
      WITH "owned" AS (
        UPDATE "WorkflowRun" SET "attempt" = 0, "error" = NULL, "updatedAt" = now(),
          "leaseExpiresAt" = now() + ${this.timing.leaseMs}::int * interval '1 millisecond'
        WHERE "id" = ${this.run.id} AND "leaseOwner" = ${this.owner} AND "status" = 'RUNNING'
        RETURNING "id"
      )
      INSERT INTO "WorkflowStep" ("id", "runId", "hashedId", "name", "position", "status", "data", "error", "attempts", "finishedAt")
      SELECT gen_random_uuid()::text, "owned"."id", ${step.hashedId}::text, ${step.name}::text, ${step.position}::int, ${step.status}::"WorkflowStepStatus",
             ${JSON.stringify(step.data)}::jsonb, ${JSON.stringify(step.error)}::jsonb, ${this.run.attempt + 1}::int, ${step.finishedAt.toISOString()}::timestamp(3)
      FROM "owned"
      ON CONFLICT ("runId", "hashedId") DO NOTHING`);
    return (rowCount ?? 0) > 0;
  }

  /**
   * Stores the last step, completes the run with its output and claims the runs that take its
   * slot, in one statement, while this process still holds the run's lease (otherwise nothing
   * is stored or claimed: another runner took it over).
   */
  private async finishWithStep(step: StepRow, output: unknown): Promise<void> {
    let claimed: ClaimedRun[] = [];
    try {
      const { rows } = await sqlQueryPrepared<{ stored: boolean } & ClaimedRunRow>(Prisma.sql`
        SELECT "stored", "claimed_id", "claimed_function_id", "claimed_event", "claimed_attempt", "has_steps" FROM workflow_finish_run(${this.run.id}, ${JSON.stringify(output)}::jsonb,
          ${step.hashedId}, ${step.name}, ${step.position}::int, ${step.status}, ${JSON.stringify(step.data)}::jsonb, ${JSON.stringify(step.error)}::jsonb,
          ${this.run.attempt + 1}::int, ${step.finishedAt.toISOString()}::timestamp(3), ${claimArguments(this.handOff.scope, this.handOff.slotsToRefill())})`);
      claimed = rows.filter((row) => row.claimed_id !== null).map(claimedRunOf);
      this.refilledItsSlot = claimed.length > 0;
    } finally {
      this.handOff.handOver(claimed);
    }
  }

  private async retryLater(retriable: boolean | string, error: string): Promise<void> {
    const now = new Date();
    const delay = typeof retriable === "string" ? retryAfterMs(retriable, now) : retryDelayMs(this.run.attempt, this.timing.retryBaseMs);
    await this.release("QUEUED", new Date(now.getTime() + delay), { attempt: this.run.attempt + 1, error });
  }

  private async release(status: "QUEUED" | "SLEEPING", runAt: Date, fields: { attempt: number; error: string | null }): Promise<void> {
    await sqlQuery(Prisma.sql`
      UPDATE "WorkflowRun" SET "status" = ${status}::"WorkflowRunStatus", "runAt" = ${runAt.toISOString()}::timestamp(3), "attempt" = ${fields.attempt},
        "error" = ${fields.error}, "leaseOwner" = NULL, "leaseExpiresAt" = NULL, "updatedAt" = now()
      WHERE "id" = ${this.run.id} AND "leaseOwner" = ${this.owner}`);
  }

  private async finish(status: "COMPLETED" | "FAILED", fields: { output?: unknown; error?: string }): Promise<void> {
    await sqlQuery(Prisma.sql`
      UPDATE "WorkflowRun" SET "status" = ${status}::"WorkflowRunStatus", "output" = ${JSON.stringify(fields.output ?? null)}::jsonb,
        "error" = ${fields.error ?? null}, "finishedAt" = now(), "leaseOwner" = NULL, "leaseExpiresAt" = NULL, "updatedAt" = now()
      WHERE "id" = ${this.run.id} AND "leaseOwner" = ${this.owner}`);
  }
}

/** Keeps the lease of a long step alive; stops when the run is released or taken over. */
export function keepLeaseAlive(runId: string, owner: string, leaseMs: number): () => void {
  const timer = setInterval(() => {
    void sqlQuery(Prisma.sql`
      UPDATE "WorkflowRun" SET "leaseExpiresAt" = now() + ${leaseMs}::int * interval '1 millisecond'
      WHERE "id" = ${runId} AND "leaseOwner" = ${owner} AND "status" = 'RUNNING'`).catch(() => undefined);
  }, Math.max(250, Math.floor(leaseMs / 3)));
  timer.unref();
  return () => clearInterval(timer);
}
