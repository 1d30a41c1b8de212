/** The redirect URI an OAuth dialog was given, if it is an absolute http(s) URL. */
export function parseRedirectUri(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * Where the dialog sends the browser back: the redirect URI with the answer added to its query.
 * Meta appends a junk fragment (`#_=_` for Facebook, `#_` for Instagram) that apps must ignore.
 */
export function consentRedirectLocation(
  redirectUri: URL,
  answer: Readonly<Record<string, string | undefined>>,
  fragment: string,
): string {
  const location = new URL(redirectUri);
  for (const [name, value] of Object.entries(answer)) {
    if (value !== undefined) location.searchParams.set(name, value);
  }
  location.hash = fragment;
  return location.toString();
}
