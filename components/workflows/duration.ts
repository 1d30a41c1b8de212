/** "850 ms", "12.4 s", "3 min 5 s": how long a run or step took. */
export function formatDuration(from: Date | null, to: Date | null): string | null {
  if (!from || !to) return null;
  const ms = Math.max(0, to.getTime() - from.getTime());
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms % 60_000) / 1_000)} s`;
}
