import { z } from "zod";
import type { FacebookClient, FacebookPage } from "@/lib/providers/facebook";
import type { RequestContext } from "@/lib/providers/core";

export const instagramCandidateSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().nullable(),
  pictureUrl: z.string().nullable(),
  followersCount: z.number().nullable(),
});

/** A Page found by Facebook Login, with its Instagram professional account or null. No tokens. */
export const pageCandidateSchema = z.object({
  pageId: z.string(),
  name: z.string(),
  followersCount: z.number().nullable(),
  instagram: instagramCandidateSchema.nullable(),
});
export type PageCandidate = z.infer<typeof pageCandidateSchema>;
export const pageCandidatesSchema = z.array(pageCandidateSchema);

/** How many Pages are asked about their Instagram account at once. */
const PAGE_LOOKUP_CONCURRENCY = 8;

async function describePage(client: FacebookClient, page: FacebookPage, context: RequestContext): Promise<PageCandidate> {
  const [instagramId, profile] = await Promise.all([
    client.getInstagramBusinessAccount(page.id, page.accessToken, context),
    client.getPageProfile(page.id, page.accessToken, context),
  ]);
  const instagram =
    instagramId === null ? null : await client.getInstagramProfile(instagramId, page.accessToken, context);
  return {
    pageId: page.id,
    name: page.name,
    followersCount: profile.followersCount,
    instagram:
      instagram === null
        ? null
        : {
            id: instagram.id,
            username: instagram.username,
            name: instagram.name,
            pictureUrl: instagram.profilePictureUrl,
            followersCount: instagram.followersCount,
          },
  };
}

/** Each Page's Instagram professional account (or none) and followers, a few Pages at a time. */
export async function describePages(
  client: FacebookClient,
  pages: readonly FacebookPage[],
  context: RequestContext,
): Promise<PageCandidate[]> {
  const described: PageCandidate[] = [];
  for (let start = 0; start < pages.length; start += PAGE_LOOKUP_CONCURRENCY) {
    const batch = pages.slice(start, start + PAGE_LOOKUP_CONCURRENCY);
    described.push(...(await Promise.all(batch.map((page) => describePage(client, page, context)))));
  }
  return described;
}
