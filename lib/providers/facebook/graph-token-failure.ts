/** Graph's explanation (code 190 `error_subcode`) of why a token stopped working, in words for the console. */
const REASON_BY_SUBCODE: ReadonlyMap<number, string> = new Map([
  [458, "the user removed the app"],
  [459, "the user must pass a security checkpoint on Facebook"],
  [460, "the user changed their password or the session was invalidated"],
  [463, "the access token expired"],
  [464, "the user account is not confirmed"],
  [467, "the access token was revoked or the user logged out"],
]);

/** Why a token with Graph code 190 (or 102) is unusable. */
export function describeTokenFailure(code: number, subcode: number | null): string {
  const known = subcode === null ? undefined : REASON_BY_SUBCODE.get(subcode);
  if (known !== undefined) return known;
  return code === 102 ? "the login session is no longer valid" : "the access token is invalid";
}
