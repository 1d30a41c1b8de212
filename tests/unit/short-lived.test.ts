import { describe, expect, it, vi } from "vitest";
import { shortLived } from "@/lib/cache/short-lived";

function clock() {
  let time = 1_000;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe("shortLived", () => {
  it("asks once per TTL and shares one in-flight call", async () => {
    const time = clock();
    const read = vi.fn(async () => read.mock.calls.length);
    const cache = shortLived(read, { ttlMs: 60_000, failureTtlMs: 15_000, now: time.now });

    expect(await Promise.all([cache.get(), cache.get()])).toEqual([1, 1]);
    time.advance(59_000);
    expect(await cache.get()).toBe(1);
    time.advance(2_000);
    expect(await cache.get()).toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it("keeps a failure for the shorter TTL, then asks again", async () => {
    const time = clock();
    const read = vi.fn().mockRejectedValueOnce(new Error("panel down")).mockResolvedValue("ok");
    const cache = shortLived(read, { ttlMs: 60_000, failureTtlMs: 15_000, now: time.now });

    await expect(cache.get()).rejects.toThrow("panel down");
    time.advance(10_000);
    await expect(cache.get()).rejects.toThrow("panel down");
    time.advance(6_000);
    await expect(cache.get()).resolves.toBe("ok");
  });

  it("asks again at once after forget", async () => {
    const read = vi.fn(async () => read.mock.calls.length);
    const cache = shortLived(read, { ttlMs: 60_000, failureTtlMs: 15_000 });
    await cache.get();
    cache.forget();
    expect(await cache.get()).toBe(2);
  });
});
