/** What the consent redirect needs besides the app's own client key. */
export type TikTokAuthorizationRequest = {
  /** Random, single-use, bound to the session; echoed back on the callback. */
  state: string;
  /** Must exactly match one registered for the app. */
  redirectUri: string;
  scopes: readonly string[];
  /** From createPkcePair(); its verifier must be passed to the code exchange. */
  codeChallenge: string;
};

/** `${webBaseUrl}/v2/auth/authorize/?client_key&scope=<comma separated>&response_type=code&redirect_uri&state&code_challenge...` */
export function buildAuthorizationUrl(webBaseUrl: string, clientKey: string, request: TikTokAuthorizationRequest): string {
  const url = new URL(`${webBaseUrl.replace(/\/+$/, "")}/v2/auth/authorize/`);
  url.search = new URLSearchParams({
    client_key: clientKey,
    scope: request.scopes.join(","),
    response_type: "code",
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: request.codeChallenge,
    code_challenge_method: "S256",
  }).toString();
  return url.toString();
}
