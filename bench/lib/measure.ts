const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/**
 * `measured` against `baseline` in interleaved pairs (which goes first alternates), after one
 * warm-up of each: a machine whose load drifts during the run slows both sides of a pair alike.
 * Returns both medians and the median of the pairs' ratios.
 */
export async function pairedMedians(
  measured: () => Promise<unknown>,
  baseline: () => Promise<unknown>,
  pairs = 9,
): Promise<{ measuredMs: number; baselineMs: number; ratio: number }> {
  await measured();
  await baseline();
  const rounds: { measuredMs: number; baselineMs: number }[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      const measuredMs = await timed(measured);
      rounds.push({ measuredMs, baselineMs: await timed(baseline) });
    } else {
      const baselineMs = await timed(baseline);
      rounds.push({ baselineMs, measuredMs: await timed(measured) });
    }
  }
  return {
    measuredMs: median(rounds.map((round) => round.measuredMs)),
    baselineMs: median(rounds.map((round) => round.baselineMs)),
    ratio: median(rounds.map((round) => round.measuredMs / Math.max(round.baselineMs, 0.01))),
  };
}

/** One result line: what was measured, both times, and the ratio written like `1.12×` (measured ÷ baseline unless given). */
export function ratioLine(label: string, measuredMs: number, baselineMs: number, baselineLabel = "bare SQL", ratio = measuredMs / Math.max(baselineMs, 0.01)): string {
  return `${label.padEnd(58)} ${measuredMs.toFixed(1).padStart(8)} ms vs ${baselineLabel} ${baselineMs.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}×`;
}
