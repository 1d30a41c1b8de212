import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseTargetLink } from "@/lib/links/target-link";

describe("the same-link key", () => {
  it("is identical in TypeScript (search) and in Postgres (Order.linkKey) for any accepted link", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.webUrl({ withQueryParameters: true, withFragments: true }), { minLength: 1, maxLength: 50 }), async (urls) => {
        const links = urls.map(parseTargetLink).flatMap((parsed) => (parsed.ok ? [parsed.link] : []));
        if (links.length === 0) return;
        const rows = await db.$queryRaw<{ key: string }[]>`SELECT order_link_key(link) AS "key" FROM unnest(${links.map((link) => link.url)}::text[]) WITH ORDINALITY AS t(link, n) ORDER BY n`;
        expect(rows.map((row) => row.key)).toEqual(links.map((link) => link.key));
      }),
      { numRuns: 40 },
    );
  });
});
