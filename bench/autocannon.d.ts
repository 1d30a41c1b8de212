// autocannon ships no types; this is the part bench/pages.ts uses.
declare module "autocannon" {
  type Options = { url: string; connections: number; amount: number; headers?: Record<string, string> };
  type Result = {
    latency: { p50: number; p90: number; p97_5: number; p99: number };
    non2xx: number;
    errors: number;
    timeouts: number;
    /** Bytes received, in all. */
    throughput: { total: number };
    requests: { total: number };
  };
  export default function autocannon(options: Options): Promise<Result>;
}
