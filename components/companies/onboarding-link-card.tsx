import { Link2 } from "lucide-react";
import { CopyButton } from "@/components/portal/copy-button";

/** Where clients register themselves: the address to share, with a copy button. */
export function OnboardingLinkCard({ url }: { url: string }) {
  return (
    <div className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border bg-card p-3 text-sm" data-testid="onboarding-link">
      <Link2 className="size-4 text-muted-foreground" aria-hidden />
      <span className="text-muted-foreground">Clients can register themselves at</span>
      <a href={url} target="_blank" rel="noreferrer" className="break-all font-medium text-primary hover:underline">
        {url}
      </a>
      <CopyButton text={url} label="Copy the onboarding address" />
    </div>
  );
}
