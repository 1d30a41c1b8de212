import { writeFile } from "node:fs/promises";
import { Session } from "node:inspector/promises";

/**
 * Runs `work` under V8's CPU profiler when `path` is set (BENCH_CPU_PROFILE), writing a
 * `.cpuprofile` of just the measured window (seeding left out) that Chrome DevTools opens.
 */
export async function profileCpu<T>(path: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!path) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  try {
    return await work();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    await writeFile(path, JSON.stringify(profile));
    session.disconnect();
    console.info(`CPU profile of the measured window: ${path}`);
  }
}
