const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const NAMED_ADDRESS = /^[^<>]*<\s*([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)\s*>$/;

/** Accepts `email@example.com` and `Name <email@example.com>`, as Resend does. */
export function isEmailAddress(value: string): boolean {
  return ADDRESS.test(value) || NAMED_ADDRESS.test(value);
}

/** The bare, lower-cased address of `Name <a@b.c>` or `a@b.c`, for matching recipients. */
export function bareAddress(value: string): string {
  const named = NAMED_ADDRESS.exec(value.trim());
  return (named?.[1] ?? value.trim()).toLowerCase();
}
