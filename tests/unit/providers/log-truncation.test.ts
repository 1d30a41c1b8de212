import { describe, expect, it } from "vitest";
import { LOG_LIMITS, truncateForLog } from "../../../lib/providers/core/log-truncation";

describe("truncateForLog", () => {
  it("leaves small bodies untouched", () => {
    const body = { id: 1, name: "Followers", tags: ["a", "b"], nested: { ok: true, nothing: null } };
    expect(truncateForLog(body)).toEqual(body);
  });

  it("cuts long strings and says how much was cut", () => {
    const long = "word ".repeat(1_000);
    const result = truncateForLog({ html: long }) as { html: string };
    expect(result.html.startsWith(long.slice(0, LOG_LIMITS.maxStringChars))).toBe(true);
    expect(result.html).toContain(`…[truncated ${long.length - LOG_LIMITS.maxStringChars} chars]`);
  });

  it("collapses base64 attachments and data URLs", () => {
    const pdf = Buffer.alloc(3_000, 7).toString("base64");
    const result = truncateForLog({
      attachments: [{ filename: "invoice.pdf", content: pdf }],
      image: `data:image/png;base64,${pdf}`,
    });
    expect(result).toEqual({
      attachments: [{ filename: "invoice.pdf", content: `[base64 omitted: ${pdf.length} chars]` }],
      image: `[base64 omitted: ${pdf.length + "data:image/png;base64,".length} chars]`,
    });
  });

  it("keeps short base64-looking strings such as ids", () => {
    expect(truncateForLog({ id: "aGVsbG8=" })).toEqual({ id: "aGVsbG8=" });
  });

  it("cuts long arrays with a marker", () => {
    const items = Array.from({ length: LOG_LIMITS.maxArrayItems + 7 }, (_, index) => index);
    const result = truncateForLog(items) as unknown[];
    expect(result).toHaveLength(LOG_LIMITS.maxArrayItems + 1);
    expect(result.at(-1)).toBe("[truncated 7 more items]");
  });

  it("cuts deep nesting", () => {
    let nested: unknown = "leaf";
    for (let level = 0; level < LOG_LIMITS.maxDepth + 3; level++) nested = { level: nested };
    expect(JSON.stringify(truncateForLog(nested))).toContain("[truncated: nested too deep]");
  });

  it("replaces a body still too large with a preview", () => {
    const rows = Array.from({ length: LOG_LIMITS.maxArrayItems }, () => "many words ".repeat(200));
    const result = truncateForLog({ rows });
    expect(result).toMatchObject({ truncated: true });
    const { preview, totalChars } = result as { preview: string; totalChars: number };
    expect(preview).toHaveLength(LOG_LIMITS.previewChars);
    expect(totalChars).toBeGreaterThan(LOG_LIMITS.maxTotalChars);
  });
});
