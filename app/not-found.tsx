import type { Metadata } from "next";
import { CompassIcon } from "@/components/portal/compass-icon";
import { BACK_LINK_CLASSES, NotFoundMessage } from "@/components/portal/not-found-message";

export const metadata: Metadata = { title: "Page not found" };

/**
 * Any address no page answers: styled like the records' own not-found pages. Every route's
 * first load includes this boundary's client components, so it has none: the icon is drawn
 * by the server and the way back is a plain link.
 */
export default function PageNotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl items-center p-6">
      <div className="w-full">
        <NotFoundMessage icon={CompassIcon} what="Page">
          <a href="/dashboard" className={BACK_LINK_CLASSES}>
            Go to the dashboard
          </a>
        </NotFoundMessage>
      </div>
    </main>
  );
}
