/**
 * Every column of this domain that holds a value sealed with `encryptSecret`, for
 * `npm run keys:rotate` (re-seals them under the newest key).
 */
export const socialSecretColumns = [
  { table: "SocialAccount", idColumn: "id", columns: ["accessTokenSealed", "userTokenSealed", "refreshTokenSealed"] },
  { table: "SocialOAuthState", idColumn: "id", columns: ["codeVerifierSealed"] },
  { table: "SocialPendingSelection", idColumn: "id", columns: ["userTokenSealed"] },
  { table: "SocialReconnectLink", idColumn: "id", columns: ["tokenSealed"] },
] as const satisfies readonly { table: string; idColumn: string; columns: readonly string[] }[];
