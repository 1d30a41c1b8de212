import { Compass } from "lucide-react";
import type { Metadata } from "next";
import { NotFoundState } from "@/components/portal/not-found-state";

export const metadata: Metadata = { title: "Page not found" };

/** Any address no page answers: styled like the records' own not-found pages. */
export default function PageNotFound() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl items-center p-6">
      <div className="w-full">
        <NotFoundState icon={Compass} what="Page" back={{ href: "/dashboard", label: "Go to the dashboard" }} />
      </div>
    </main>
  );
}
