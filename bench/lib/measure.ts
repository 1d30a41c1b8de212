const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** A sample lasts at least this long: a single sub-millisecond call is mostly timer and scheduling jitter. */
const MIN_SAMPLE_MS = 20;

/** `run` called `times` times in a row, timed as one sample; the time per call. */
async function timedPerCall(run: () => Promise<unknown>, times: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < times; i++) await run();
  return (performance.now() - started) / times;
}

/**
 * `measured` against `baseline` in interleaved pairs (which goes first alternates), after one
 * warm-up of each: a machine whose load drifts during the run slows both sides of a pair alike.
 * A fast call is repeated within each sample until the sample lasts about 20 ms (the same count
 * on both sides). Returns both medians per call and the median of the pairs' ratios.
 */
export async function pairedMedians(
  measured: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  pairs = 9,
): Promise<{ measuredMs: number; baselineMs: number; ratio: number; callsPerSample: number }> {
  const warmUp = Math.min(await timed(measured), await timed(baseline));
  const callsPerSample = Math.max(1, Math.min(200, Math.ceil(MIN_SAMPLE_MS / Math.max(warmUp, 0.05))));
  const rounds: { measuredMs: number; baselineMs: number }[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      const measuredMs = await timedPerCall(measured, callsPerSample);
      rounds.push({ measuredMs, baselineMs: await timedPerCall(baseline, callsPerSample) });
    } else {
      const baselineMs = await timedPerCall(baseline, callsPerSample);
      rounds.push({ baselineMs, measuredMs: await timedPerCall(measured, callsPerSample) });
    }
  }
  return {
    measuredMs: median(rounds.map((round) => round.measuredMs)),
    baselineMs: median(rounds.map((round) => round.baselineMs)),
    ratio: median(rounds.map((round) => round.measuredMs / Math.max(round.baselineMs, 0.001))),
    callsPerSample,
  };
}

/** One result line: what was measured, both times, and the ratio written like `1.12×` (measured ÷ baseline unless given). */
export function ratioLine(label: string, measuredMs: number, baselineMs: number, baselineLabel = "bare SQL", ratio = measuredMs / Math.max(baselineMs, 0.01)): string {
  const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1)).padStart(8);
  return `${label.padEnd(58)} ${ms(measuredMs)} ms vs ${baselineLabel} ${ms(baselineMs)} ms  ${ratio.toFixed(2)}×`;
}
