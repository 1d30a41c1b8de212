import type { LucideIcon } from "lucide-react";
import Link from "next/link";

/** The styled "not found" of a record page: says what is missing and leads back to its list. */
export function NotFoundState({ icon: Icon, what, back }: { icon: LucideIcon; what: string; back: { href: string; label: string } }) {
  return (
    <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed bg-card px-6 py-12 text-center" data-testid="not-found">
      <Icon className="size-8 text-muted-foreground" aria-hidden />
      <h1 className="text-lg font-semibold">{what} not found</h1>
      <p className="max-w-md text-sm text-muted-foreground">
        It may have been deleted, or the link is wrong.{" "}
        <Link href={back.href} className="font-medium text-primary hover:underline">
          {back.label}
        </Link>
      </p>
    </div>
  );
}
