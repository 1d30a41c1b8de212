import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import { BACK_LINK_CLASSES, NotFoundMessage } from "./not-found-message";

/** The styled "not found" of a record page: says what is missing and leads back to its list. */
export function NotFoundState({ icon, what, back }: { icon: LucideIcon; what: string; back: { href: string; label: string } }) {
  return (
    <NotFoundMessage icon={icon} what={what}>
      <Link href={back.href} className={BACK_LINK_CLASSES}>
        {back.label}
      </Link>
    </NotFoundMessage>
  );
}
