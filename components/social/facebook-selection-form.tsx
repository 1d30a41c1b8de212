"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { confirmFacebookSelectionAction } from "@/actions/social";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { toast } from "@/components/ui/toast";
import type { PageCandidate } from "@/lib/social/facebook-candidates";
import { FACEBOOK_SELECTION_LISTS } from "@/lib/social/facebook-selection-fields";

const connectedMessage = (count: number) => `${count} account${count === 1 ? "" : "s"} connected.`;

/** The Pages Facebook Login returned, each with its Instagram account or a note that it has none: the admin ticks what to keep. */
export function FacebookSelectionForm({ pendingSelectionId, candidates }: { pendingSelectionId: string; candidates: PageCandidate[] }) {
  const router = useRouter();
  const form = useFormAction(confirmFacebookSelectionAction, {
    listFields: FACEBOOK_SELECTION_LISTS,
    onSuccess: (data) => {
      toast.success(connectedMessage(data.count));
      router.push(data.url);
    },
  });
  const done = form.hasSucceeded ? form.data : undefined;

  return (
    <form {...form.formProps} className="grid gap-4">
      <input type="hidden" name="pendingSelectionId" value={pendingSelectionId} />
      {done ? (
        // Before JavaScript loads there is no redirect to follow: the way on is a link.
        <p role="status" className="text-sm">
          {connectedMessage(done.count)}{" "}
          <Link href={done.url} className="font-medium text-primary underline">
            See the company&apos;s social accounts
          </Link>
        </p>
      ) : null}
      <ul className="grid gap-3">
        {candidates.map((candidate) => (
          <li key={candidate.pageId} className="grid gap-2 rounded-md border p-4" data-testid="facebook-candidate">
            <label className="flex items-center gap-2 font-medium">
              <input type="checkbox" name="pageIds" value={candidate.pageId} />
              Facebook Page {candidate.name}
            </label>
            {candidate.instagram === null ? (
              <p className="pl-6 text-sm text-muted-foreground">
                No Instagram professional account linked to this Page: link one in the Page&apos;s settings to manage it here.
              </p>
            ) : (
              <label className="flex items-center gap-2 pl-6 text-sm">
                <input type="checkbox" name="instagramIds" value={candidate.instagram.id} />
                Instagram @{candidate.instagram.username}
                {candidate.instagram.followersCount === null ? "" : ` · ${candidate.instagram.followersCount.toLocaleString("en-US")} followers`}
              </label>
            )}
          </li>
        ))}
      </ul>
      <FormError message={form.formError} />
      <div>
        <SubmitButton pending={form.isPending}>Keep the ticked accounts</SubmitButton>
      </div>
    </form>
  );
}
