import type { GhlClientConfig } from "./config";

export type GhlAuthorizationRequest = {
  /** Random, single-use, bound to the session; comes back on the callback. */
  state: string;
  redirectUri: string;
};

/** Query text with spaces as %20: the scope list is space-separated and `+` is not read as a space everywhere. */
function encodeQuery(parameters: Record<string, string>): string {
  return Object.entries(parameters)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join("&");
}

/** Where to send the agency admin to install the app: GoHighLevel's location chooser (no PKCE). */
export function buildGhlAuthorizationUrl(config: GhlClientConfig, request: GhlAuthorizationRequest): string {
  const url = new URL(config.authorizeUrl);
  const query = encodeQuery({
    response_type: "code",
    client_id: config.clientId,
    redirect_uri: request.redirectUri,
    scope: config.scopes.join(" "),
    state: request.state,
  });
  url.search = url.search.length > 1 ? `${url.search.slice(1)}&${query}` : query;
  return url.toString();
}
