import type { ComponentType, ReactNode } from "react";

export const BACK_LINK_CLASSES = "font-medium text-primary hover:underline";

/**
 * The "not found" box, whichever way its link back is made: it imports no client component
 * itself, so the root not-found (on every route's first load) can stay free of JavaScript.
 */
export function NotFoundMessage({ icon: Icon, what, children }: { icon: ComponentType<{ className?: string; "aria-hidden"?: boolean }>; what: string; children: ReactNode }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed bg-card px-6 py-12 text-center" data-testid="not-found">
      <Icon className="size-8 text-muted-foreground" aria-hidden />
      <h1 className="text-lg font-semibold">{what} not found</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        It may have been deleted, or the link is wrong. {children}
      </p>
    </div>
  );
}
