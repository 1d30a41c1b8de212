"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { toast } from "@/components/ui/toast";
import { confirmFacebookSelectionAction } from "@/actions/social";
import { SubmitButton } from "@/components/forms/submit-button";
import type { PageCandidate } from "@/lib/social/facebook-candidates";

/** The Pages Facebook Login returned, each with its Instagram account or a note that it has none: the admin ticks what to keep. */
export function FacebookSelectionForm({ pendingSelectionId, candidates }: { pendingSelectionId: string; candidates: PageCandidate[] }) {
  const router = useRouter();
  const [pageIds, setPageIds] = useState<string[]>([]);
  const [instagramIds, setInstagramIds] = useState<string[]>([]);
  const { execute, isPending, result } = useAction(confirmFacebookSelectionAction, {
    onSuccess: ({ data }) => {
      toast.success(`${data?.count ?? 0} account${data?.count === 1 ? "" : "s"} connected.`);
      if (data?.url) router.push(data.url);
    },
  });
  const toggle = (list: string[], set: (next: string[]) => void, id: string) =>
    set(list.includes(id) ? list.filter((entry) => entry !== id) : [...list, id]);
  const error = result.serverError ?? result.validationErrors?.formErrors?.[0];

  return (
    <form
      method="post"
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        execute({ pendingSelectionId, pageIds, instagramIds });
      }}
    >
      <ul className="grid gap-3">
        {candidates.map((candidate) => (
          <li key={candidate.pageId} className="grid gap-2 rounded-md border p-4" data-testid="facebook-candidate">
            <label className="flex items-center gap-2 font-medium">
              <input
                type="checkbox"
                checked={pageIds.includes(candidate.pageId)}
                onChange={() => toggle(pageIds, setPageIds, candidate.pageId)}
              />
              Facebook Page {candidate.name}
            </label>
            {candidate.instagram === null ? (
              <p className="pl-6 text-sm text-muted-foreground">
                No Instagram professional account linked to this Page: link one in the Page&apos;s settings to manage it here.
              </p>
            ) : (
              <label className="flex items-center gap-2 pl-6 text-sm">
                <input
                  type="checkbox"
                  checked={instagramIds.includes(candidate.instagram.id)}
                  onChange={() => toggle(instagramIds, setInstagramIds, candidate.instagram?.id ?? "")}
                />
                Instagram @{candidate.instagram.username}
                {candidate.instagram.followersCount === null ? "" : ` · ${candidate.instagram.followersCount.toLocaleString("en-US")} followers`}
              </label>
            )}
          </li>
        ))}
      </ul>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <div>
        <SubmitButton pending={isPending}>Keep the ticked accounts</SubmitButton>
      </div>
    </form>
  );
}
