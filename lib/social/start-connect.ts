import { db } from "@/lib/db";
import { encryptSecret } from "@/lib/crypto";
import { UserFacingError } from "@/lib/errors";
import type { SocialOAuthFlow } from "@/lib/generated/prisma/client";
import { facebookClient, instagramClient, tiktokClient } from "@/lib/providers/app-clients";
import { createPkcePair } from "@/lib/providers/tiktok";
import { callbackUrl, REQUESTED_SCOPES } from "./oauth-redirects";
import { createOAuthState, type OAuthInitiator } from "./oauth-state";

/**
 * Where to send the browser to (re)connect accounts of a company: the provider's consent page,
 * with a fresh single-use state (and, for TikTok, a PKCE challenge whose verifier stays here).
 * @throws UserFacingError for an unknown company; ProviderNotConfiguredError
 */
export async function startConnect(flow: SocialOAuthFlow, companyId: string, initiator: OAuthInitiator): Promise<string> {
  const company = await db.company.findUnique({ where: { id: companyId }, select: { id: true } });
  if (company === null) throw new UserFacingError("This company no longer exists.");
  const redirectUri = callbackUrl(flow);
  const scopes = REQUESTED_SCOPES[flow];

  switch (flow) {
    case "FACEBOOK": {
      const client = facebookClient();
      const state = await createOAuthState({ flow, companyId, initiator });
      return client.buildFacebookAuthorizationUrl({ state, redirectUri, scopes });
    }
    case "INSTAGRAM": {
      const client = instagramClient();
      const state = await createOAuthState({ flow, companyId, initiator });
      return client.buildInstagramAuthorizationUrl({ state, redirectUri, scopes });
    }
    case "TIKTOK": {
      const client = tiktokClient();
      const pkce = createPkcePair();
      const state = await createOAuthState({ flow, companyId, initiator, codeVerifierSealed: encryptSecret(pkce.codeVerifier) });
      return client.buildTikTokAuthorizationUrl({ state, redirectUri, scopes, codeChallenge: pkce.codeChallenge });
    }
  }
}
