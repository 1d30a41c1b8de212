import { z } from "zod";

const id = (what: string) => z.string().trim().min(1, `The ${what} is missing.`).max(64, `This ${what} is not valid.`);

export const socialAccountIdSchema = z.object({ accountId: id("account") });

export const startSocialConnectSchema = z.object({
  companyId: id("company"),
  flow: z.enum(["FACEBOOK", "INSTAGRAM", "TIKTOK"], { message: "Choose Facebook, Instagram or TikTok." }),
});

export const confirmFacebookSelectionSchema = z
  .object({
    pendingSelectionId: id("selection"),
    pageIds: z.array(z.string().regex(/^\d{1,30}$/, "A Page id is not valid.")).max(3000),
    instagramIds: z.array(z.string().regex(/^\d{1,30}$/, "An Instagram id is not valid.")).max(3000),
  })
  .refine((input) => input.pageIds.length + input.instagramIds.length > 0, {
    message: "Tick at least one Page or Instagram account to keep.",
  });

export const reconnectTokenSchema = z.object({
  token: z.string().regex(/^[\w-]{20,100}$/, "This reconnect link is not valid."),
});
