/** Attempts on one account within the window before sign-in starts to slow down. */
export const FREE_LOGIN_ATTEMPTS = 5;
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 8_000;

/**
 * How long to hold a sign-in attempt, given the attempts made on the account in the
 * window (this one included). Guessing from many addresses gets slower and slower, but
 * the right password from anywhere still gets in: an account is slowed down, never locked.
 */
export function loginSlowdownMs(attemptsOnAccount: number): number {
  const beyondFree = attemptsOnAccount - FREE_LOGIN_ATTEMPTS;
  if (beyondFree <= 0) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (beyondFree - 1));
}
