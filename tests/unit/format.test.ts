import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/format";

// 23:30 UTC on 31 Dec 2026: already 1 Jan 2027 in Tokyo, still 31 Dec in New York.
const moment = new Date("2026-12-31T23:30:00Z");

describe("dates in the agency's timezone", () => {
  it("shows the moment with the zone it is in", () => {
    expect(formatDateTime(moment, "UTC")).toBe("31 Dec 2026, 23:30 UTC");
    expect(formatDateTime(moment, "Asia/Tokyo")).toBe("1 Jan 2027, 08:30 GMT+9");
  });

  it("puts the day boundary where the agency is", () => {
    expect(formatDate(moment, "Asia/Tokyo")).toBe("1 Jan 2027");
    expect(formatDate(moment, "America/New_York")).toBe("31 Dec 2026");
  });
});
