import { FaultPlan } from "./fault-plan";
import { LatencyPlan } from "./latency-plan";
import { RequestJournal } from "./request-journal";
import { SandboxClock } from "./sandbox-clock";
import { SeededRandom } from "./seeded-random";

/** The shared state every simulator receives. */
export type SandboxContext = {
  readonly clock: SandboxClock;
  /** Use for every generated id so runs are reproducible. */
  readonly random: SeededRandom;
  readonly journal: RequestJournal;
  readonly faults: FaultPlan;
  /** Delay added before every simulated answer (benchmarks). */
  readonly latency: LatencyPlan;
  /** Aborted when the sandbox closes; anything that waits (timeout faults, long polls) must stop on it. */
  readonly shutdownSignal: AbortSignal;
};

export function createSandboxContext(seed: number, shutdownSignal: AbortSignal): SandboxContext {
  return {
    clock: new SandboxClock(),
    random: new SeededRandom(seed),
    journal: new RequestJournal(),
    faults: new FaultPlan(),
    latency: new LatencyPlan(),
    shutdownSignal,
  };
}
