import { z } from "zod";
import { integerFromProviderSchema } from "../core/provider-numbers";

/** A token Meta issued, with its lifetime as Meta stated it. */
export type IssuedAccessToken = {
  accessToken: string;
  /** Seconds from issue; null when Meta omits `expires_in` (the token does not expire). */
  expiresInSeconds: number | null;
};

/**
 * `{"access_token","token_type":"bearer","expires_in":5183944}`, the answer of every Facebook
 * and Instagram token exchange and refresh.
 */
export const accessTokenResponseSchema = z
  .object({
    access_token: z.string().min(1),
    expires_in: integerFromProviderSchema.nullish(),
  })
  .transform(
    (token): IssuedAccessToken => ({
      accessToken: token.access_token,
      expiresInSeconds: token.expires_in ?? null,
    }),
  );
