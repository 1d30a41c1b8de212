import { z } from "zod";

const expiringClaimsSchema = z.object({ exp: z.number().positive() });

/** The `exp` claim of a JWT, read without verifying anything; undefined when the token is not a readable JWT. */
export function readJwtExpiry(token: string): Date | undefined {
  const payload = token.split(".")[1];
  if (payload === undefined) return undefined;
  try {
    const claims = expiringClaimsSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return claims.success ? new Date(claims.data.exp * 1000) : undefined;
  } catch {
    return undefined;
  }
}
