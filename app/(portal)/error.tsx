"use client";

import { TriangleAlert } from "lucide-react";
import { buttonVariants } from "@/components/ui/button-variants";

/** A page of the console failed to render: say so, offer a retry, keep the menu around it. */
export default function PortalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-center gap-3 rounded-lg border border-dashed bg-card px-6 py-12 text-center">
      <TriangleAlert className="size-8 text-destructive" aria-hidden />
      <h1 className="text-lg font-semibold">This page could not be shown</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        Something went wrong on our side; nothing you entered was lost or changed. Try again, and if it keeps happening,
        quote this reference: <code className="font-mono">{error.digest ?? "none"}</code>.
      </p>
      {/* A plain button with the Button's classes: this boundary is on every portal route, tailwind-merge is not. */}
      <button type="button" className={buttonVariants()} onClick={reset}>
        Try again
      </button>
    </div>
  );
}
