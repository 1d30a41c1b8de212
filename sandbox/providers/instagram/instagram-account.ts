import { z } from "zod";
import { avatarDataUrl } from "../facebook/avatar";

/** The Instagram professional account that is "logged in" to the simulated Instagram. */
export type SandboxInstagramLogin = {
  /** The Instagram professional account id (`user_id`). */
  userId: string;
  /** The app-scoped id Instagram answers as `id`. */
  appScopedId: string;
  username: string;
  name: string;
  /** PERSONAL: a personal account, which the app must refuse (no API access). */
  accountType: "BUSINESS" | "MEDIA_CREATOR" | "PERSONAL";
  profilePictureUrl: string;
  followersCount: number;
  followsCount: number;
  mediaCount: number;
};

/** `PUT /_control/instagram/account` body. */
export const accountInputSchema = z.strictObject({
  userId: z.string().regex(/^\d+$/).default("17841400000000901"),
  appScopedId: z.string().regex(/^\d+$/).default("9000000000000901"),
  username: z.string().regex(/^[\w.]{1,30}$/),
  name: z.string().min(1).optional(),
  accountType: z.enum(["BUSINESS", "MEDIA_CREATOR", "PERSONAL"]).default("BUSINESS"),
  followersCount: z.number().int().nonnegative().default(1_000),
  followsCount: z.number().int().nonnegative().default(100),
  mediaCount: z.number().int().nonnegative().default(10),
});
export type AccountInput = z.input<typeof accountInputSchema>;

export function toSandboxLogin(input: z.output<typeof accountInputSchema>): SandboxInstagramLogin {
  return { ...input, name: input.name ?? input.username, profilePictureUrl: avatarDataUrl(input.username) };
}

export function defaultSandboxLogin(): SandboxInstagramLogin {
  return toSandboxLogin(
    accountInputSchema.parse({ username: "lumen.studio", name: "Lumen Photo Studio", followersCount: 8_412, mediaCount: 236 }),
  );
}
