import { describe, expect, it } from "vitest";
import { csvColumnName, csvDownload, csvLines, toCsv } from "@/lib/csv";

describe("csvLines", () => {
  it("writes RFC 4180 lines: quotes doubled inside quoted cells, empty cells for null", () => {
    expect(csvLines([["a", 'say "hi"', "x,y", "two\nlines", null, undefined, 3, new Date("2026-01-02T03:04:05.000Z")]])).toBe(
      'a,"say ""hi""","x,y","two\nlines",,,3,2026-01-02T03:04:05.000Z\r\n',
    );
    expect(toCsv(["h1", "h2"], [["1", "2"], ["3", "4"]])).toBe("h1,h2\r\n1,2\r\n3,4\r\n");
  });

  it("defuses every cell a spreadsheet would run as a formula, but keeps plain numbers", () => {
    const cells = ["=SUM(A1)", "+1+1", "-2+3", "@cmd", "\tx", "\rx", "-12.50", "-3", "12.5"];
    expect(csvLines([cells])).toBe(`'=SUM(A1),'+1+1,'-2+3,'@cmd,'\tx,"'\rx",-12.50,-3,12.5\r\n`);
  });

  it("names columns in snake case", () => {
    expect(csvColumnName("Provider cost (USD)")).toBe("provider_cost_usd");
  });
});

describe("csvDownload", () => {
  it("streams the byte order mark, then each chunk as it is pulled", async () => {
    async function* chunks() {
      yield "a,b\r\n";
      yield "Café,株式会社\r\n";
    }
    const response = csvDownload("x.csv", chunks());
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="x.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe("a,b\r\nCafé,株式会社\r\n");
  });

  it("stops the export when the download is cancelled (its cursor and connection are released)", async () => {
    let finished = false;
    async function* endless() {
      try {
        for (;;) yield "row\r\n";
      } finally {
        finished = true;
      }
    }
    const reader = csvDownload("x.csv", endless()).body!.getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
