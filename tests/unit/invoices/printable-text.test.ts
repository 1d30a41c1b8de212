import { describe, expect, it } from "vitest";
import { mapStrings, toPrintable } from "@/lib/invoices/pdf/printable-text";

// A font that draws ASCII and Japanese only.
const covered = (codePoint: number) => codePoint < 0x80 || (codePoint >= 0x3040 && codePoint <= 0x9fff);

describe("toPrintable", () => {
  it("keeps every character a font draws", () => {
    expect(toPrintable("Acme 株式会社", covered, "□")).toBe("Acme 株式会社");
  });

  it("replaces a character no font has, and a whole emoji sequence, with one mark", () => {
    expect(toPrintable("Café", covered, "□")).toBe("Caf□");
    expect(toPrintable("Team 👩🏽‍💻!", covered, "□")).toBe("Team □!");
    expect(toPrintable("ok ✔️", covered, "□")).toBe("ok □");
  });

  it("keeps line breaks", () => {
    expect(toPrintable("line one\nline two", covered, "□")).toBe("line one\nline two");
  });
});

describe("mapStrings", () => {
  it("transforms strings deep inside plain data and leaves the rest alone", () => {
    const date = new Date(0);
    const mapped = mapStrings({ name: "a", lines: ["b", "c"], total: 3, at: date, nothing: null }, (text) => text.toUpperCase());
    expect(mapped).toEqual({ name: "A", lines: ["B", "C"], total: 3, at: date, nothing: null });
    expect(mapped.at).toBe(date);
  });
});
