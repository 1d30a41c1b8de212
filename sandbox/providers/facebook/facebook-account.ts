import { z } from "zod";
import { avatarDataUrl } from "./avatar";

export type SandboxInstagramAccount = {
  id: string;
  username: string;
  name: string;
  profilePictureUrl: string;
  followersCount: number;
  followsCount: number;
  mediaCount: number;
};

export type SandboxPage = {
  id: string;
  name: string;
  category: string;
  followersCount: number;
  /** The Instagram professional account linked to the Page, if any. */
  instagram: SandboxInstagramAccount | null;
};

/** The person who is "logged in" to the simulated Facebook. */
export const SANDBOX_FACEBOOK_USER = { id: "10000000000000042", name: "Sam Sandbox" } as const;

// Built from digits as text: Instagram ids exceed what a JS number holds exactly.
const pageIdAt = (index: number): string => `1000000000${String(index + 101).padStart(5, "0")}`;
const instagramIdAt = (index: number): string => `178414000${String(index + 101).padStart(8, "0")}`;

const instagramInputSchema = z.strictObject({
  id: z.string().regex(/^\d+$/).optional(),
  username: z.string().regex(/^[\w.]{1,30}$/),
  name: z.string().min(1).optional(),
  followersCount: z.number().int().nonnegative().default(1_000),
  followsCount: z.number().int().nonnegative().default(100),
  mediaCount: z.number().int().nonnegative().default(10),
});

/** `PUT /_control/facebook/pages` body: the Pages the sandbox user manages, replacing the current ones. */
export const pagesInputSchema = z.strictObject({
  pages: z
    .array(
      z.strictObject({
        id: z.string().regex(/^\d+$/).optional(),
        name: z.string().min(1),
        category: z.string().min(1).default("Local business"),
        followersCount: z.number().int().nonnegative().default(500),
        instagram: instagramInputSchema.nullable().default(null),
      }),
    )
    // Enough for listings of many pages of `me/accounts` (100 per page at most).
    .max(3000),
});
export type PagesInput = z.input<typeof pagesInputSchema>;

export function toSandboxPages(input: z.output<typeof pagesInputSchema>): SandboxPage[] {
  return input.pages.map((page, index) => ({
    id: page.id ?? pageIdAt(index),
    name: page.name,
    category: page.category,
    followersCount: page.followersCount,
    instagram:
      page.instagram === null
        ? null
        : {
            id: page.instagram.id ?? instagramIdAt(index),
            username: page.instagram.username,
            name: page.instagram.name ?? page.name,
            profilePictureUrl: avatarDataUrl(page.instagram.username),
            followersCount: page.instagram.followersCount,
            followsCount: page.instagram.followsCount,
            mediaCount: page.instagram.mediaCount,
          },
  }));
}

/** Two Pages with an Instagram professional account and one without, so both paths show up. */
export function defaultSandboxPages(): SandboxPage[] {
  return toSandboxPages(
    pagesInputSchema.parse({
      pages: [
        { name: "Sunrise Bakery", category: "Bakery", instagram: { username: "sunrise.bakery", followersCount: 12_840 } },
        { name: "Harbor Fitness", category: "Gym", instagram: { username: "harborfitness", followersCount: 3_215 } },
        { name: "Quiet Pages Bookshop", category: "Book store", instagram: null },
      ],
    }),
  );
}

/** The sandbox user's Pages. */
export class FacebookAccount {
  #pages: SandboxPage[] = defaultSandboxPages();

  get pages(): readonly SandboxPage[] {
    return this.#pages;
  }

  setPages(pages: SandboxPage[]): void {
    this.#pages = pages;
  }

  findPage(id: string): SandboxPage | undefined {
    return this.#pages.find((page) => page.id === id);
  }

  /** The Page an Instagram account is linked to, with the account. */
  findInstagramAccount(id: string): { page: SandboxPage; account: SandboxInstagramAccount } | undefined {
    for (const page of this.#pages) {
      if (page.instagram?.id === id) return { page, account: page.instagram };
    }
    return undefined;
  }

  reset(): void {
    this.#pages = defaultSandboxPages();
  }
}
