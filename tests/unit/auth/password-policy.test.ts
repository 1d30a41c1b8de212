import { describe, expect, it } from "vitest";
import { passwordProblems } from "@/lib/auth/password-policy";

describe("passwordProblems", () => {
  it("accepts a long passphrase", () => {
    expect(passwordProblems("correct horse battery staple")).toEqual([]);
  });

  it("asks for 12 characters at least", () => {
    expect(passwordProblems("Sh0rt!pass")).toContain(
      "Use at least 12 characters (a few unrelated words work well).",
    );
  });

  it("refuses more than 128 characters", () => {
    expect(passwordProblems("ab1-".repeat(40))).toContain("Use at most 128 characters.");
  });

  it("refuses passwords attackers try first, whatever their case", () => {
    expect(passwordProblems("PasswordPassword")).toContain("This password is too common: attackers try it first.");
  });

  it("refuses too few distinct characters", () => {
    expect(passwordProblems("aaaabbbbaaaabbbb")).toContain("Use more different characters: this password repeats too few.");
  });

  it("refuses the e-mail's name and the person's name inside the password", () => {
    const problems = passwordProblems("maria.lopez-likes-tea", { email: "maria.lopez@agency.com", name: "Lopez" });
    expect(problems).toContain("Do not include your e-mail address in the password.");
    expect(problems).toContain("Do not include your name in the password.");
  });

  it("refuses leading or trailing spaces that a user would not see", () => {
    expect(passwordProblems(" correct horse battery")).toContain("Remove the spaces at the start or end.");
  });
});
