/** Median wall time of `runs` calls after one warm-up, in milliseconds. */
export async function medianMs(run: () => Promise<unknown>, runs = 7): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** One result line: what was measured, both times, and the ratio written like `1.12×`. */
export function ratioLine(label: string, measuredMs: number, baselineMs: number, baselineLabel = "bare SQL"): string {
  const ratio = measuredMs / Math.max(baselineMs, 0.01);
  return `${label.padEnd(58)} ${measuredMs.toFixed(1).padStart(8)} ms vs ${baselineLabel} ${baselineMs.toFixed(1).padStart(8)} ms  ${ratio.toFixed(2)}×`;
}
