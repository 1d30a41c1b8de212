import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

// The passwords attackers try first; length rules alone let these through.
const COMMON_PASSWORDS = new Set([
  "123456789012", "password1234", "passwordpassword", "qwertyuiopas", "qwerty123456",
  "iloveyou1234", "administrator", "letmein12345", "welcome12345", "changeme1234",
  "socialscale1", "superadmin12", "abcdefghijkl", "111111111111", "000000000000",
  "1q2w3e4r5t6y", "trustno11234", "passw0rd1234", "football1234", "monkey123456",
]);

export type PasswordContext = { email?: string | undefined; name?: string | undefined };

/** Why a password is refused, in words the user can act on; empty when it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) {
    problems.push(`Use at least ${PASSWORD_MIN_LENGTH} characters (a few unrelated words work well).`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    problems.push(`Use at most ${PASSWORD_MAX_LENGTH} characters.`);
  }
  if (password.length > 0 && password.trim() !== password) {
    problems.push("Remove the spaces at the start or end.");
  }
  if (new Set(password).size < 5) {
    problems.push("Use more different characters: this password repeats too few.");
  }
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) {
    problems.push("This password is too common: attackers try it first.");
  }
  const emailName = context.email?.split("@")[0]?.toLowerCase();
  if (emailName && emailName.length >= 4 && lowered.includes(emailName)) {
    problems.push("Do not include your e-mail address in the password.");
  }
  const name = context.name?.trim().toLowerCase();
  if (name && name.length >= 4 && lowered.includes(name)) {
    problems.push("Do not include your name in the password.");
  }
  return problems;
}

export function addPasswordIssues(
  password: string,
  context: PasswordContext,
  ctx: z.RefinementCtx,
  path: string,
): void {
  for (const message of passwordProblems(password, context)) {
    ctx.addIssue({ code: "custom", message, path: [path] });
  }
}
