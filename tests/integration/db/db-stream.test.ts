import { describe, expect, it } from "vitest";
import { streamRows } from "@/lib/db-stream";
import { Prisma } from "@/lib/generated/prisma/client";

const series = (count: number) => Prisma.sql`SELECT g AS "n", (g * 1.5)::numeric(10, 3)::text AS "amount" FROM generate_series(1, ${count}::int) g ORDER BY g`;

async function batchSizes(count: number, batchSize: number): Promise<{ sizes: number[]; numbers: number[] }> {
  const sizes: number[] = [];
  const numbers: number[] = [];
  for await (const batch of streamRows<{ n: number; amount: string }>(series(count), batchSize)) {
    sizes.push(batch.length);
    numbers.push(...batch.map((row) => row.n));
  }
  return { sizes, numbers };
}

describe("streamRows", () => {
  it("yields every row once, in order, in whole batches (an exact multiple ends without an empty batch)", async () => {
    const uneven = await batchSizes(5_000, 2_000);
    expect(uneven.sizes).toEqual([2_000, 2_000, 1_000]);
    expect(uneven.numbers).toEqual(Array.from({ length: 5_000 }, (_, i) => i + 1));
    expect((await batchSizes(4_000, 2_000)).sizes).toEqual([2_000, 2_000]);
    expect((await batchSizes(0, 2_000)).sizes).toEqual([]);
  });

  it("keeps numeric columns as exact text", async () => {
    for await (const [first] of streamRows<{ amount: string }>(series(1))) expect(first?.amount).toBe("1.500");
  });

  it("can be left early (a cancelled download) and streams again afterwards", async () => {
    for await (const batch of streamRows<{ n: number }>(series(10_000), 100)) {
      expect(batch).toHaveLength(100);
      break;
    }
    expect((await batchSizes(300, 100)).sizes).toEqual([100, 100, 100]);
  });
});
