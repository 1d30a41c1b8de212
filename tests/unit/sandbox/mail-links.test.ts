import { describe, expect, it } from "vitest";
import { extractMailLinks } from "../../../sandbox/providers/resend/mail-links";

describe("links found in a sandbox mail", () => {
  it("decodes entities in hrefs and finds links in the text body", () => {
    const links = extractMailLinks('<a href="http://localhost:3000/reset-password?token=a&amp;x=1">Reset</a>', "Or open http://localhost:3000/x");
    expect(links).toEqual(expect.arrayContaining(["http://localhost:3000/reset-password?token=a&x=1", "http://localhost:3000/x"]));
  });

  it("does not fail on an entity that names no character", () => {
    expect(() => extractMailLinks('<a href="http://localhost/&#99999999;">x</a>', null)).not.toThrow();
  });
});
