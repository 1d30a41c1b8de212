import { describe, expect, it } from "vitest";
import { linkNetworkWarning, parseTargetLink, targetLinkSearchKey } from "@/lib/links/target-link";

describe("parseTargetLink", () => {
  it.each([
    ["javascript:alert(1)", "Use a web link"],
    ["ftp://files.example.com/a", "Use a web link"],
    ["brand", "This is not a link"],
    ["https://localhost/x", "This is not a link"],
    ["https://user:secret@instagram.com/x", "user name or password"],
    ["https://instagram.com/a b", "cannot contain spaces"],
    ["   ", "Enter the target link"],
  ])("refuses %s", (input, message) => {
    const result = parseTargetLink(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it("stores a clean link: lower-case host, no fragment, no tracking parameters, https when the scheme is missing", () => {
    expect(parseTargetLink("HTTPS://WWW.Instagram.COM/Brand/?utm_source=ad&igshid=x&v=2#bio")).toEqual({
      ok: true,
      link: { url: "https://www.instagram.com/Brand/?v=2", key: "instagram.com/Brand?v=2" },
    });
    expect(parseTargetLink("tiktok.com/@brand")).toEqual({ ok: true, link: { url: "https://tiktok.com/@brand", key: "tiktok.com/@brand" } });
  });

  it("gives every way of writing one link the same key", () => {
    const keys = ["https://instagram.com/brand", "http://www.instagram.com/brand/", "instagram.com/brand?fbclid=abc", "https://Instagram.com/brand#x"].map(
      (input) => {
        const parsed = parseTargetLink(input);
        return parsed.ok ? parsed.link.key : input;
      },
    );
    expect(new Set(keys)).toEqual(new Set(["instagram.com/brand"]));
  });
});

describe("targetLinkSearchKey", () => {
  it("searches a full link exactly and a fragment by containment", () => {
    expect(targetLinkSearchKey("https://www.youtube.com/watch?v=abc&si=share")).toEqual({ exact: "youtube.com/watch?v=abc" });
    expect(targetLinkSearchKey("@Brand")).toEqual({ contains: "@brand" });
    expect(targetLinkSearchKey("  ")).toBeNull();
  });
});

describe("linkNetworkWarning", () => {
  it("warns gently when the site is not the service's network, and stays quiet otherwise", () => {
    expect(linkNetworkWarning("https://tiktok.com/@brand", "INSTAGRAM", "Instagram")).toContain("tiktok.com");
    expect(linkNetworkWarning("https://m.youtube.com/watch?v=1", "YOUTUBE", "YouTube")).toBeNull();
    expect(linkNetworkWarning("https://x.com/brand", "TWITTER", "X/Twitter")).toBeNull();
    expect(linkNetworkWarning("https://example.com", "OTHER", "Other")).toBeNull();
    expect(linkNetworkWarning("not a link", "INSTAGRAM", "Instagram")).toBeNull();
  });
});
