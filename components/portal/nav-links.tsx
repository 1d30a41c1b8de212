"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavLinkItem } from "./nav-link-items";

// Plain strings, not cn(): the nav is on every page and tailwind-merge would come with it.
const LINK_CLASSES = "flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium transition-colors hover:bg-accent hover:text-accent-foreground";

export function NavLinks({ items, onNavigate }: { items: NavLinkItem[]; onNavigate?: () => void }) {
  const pathname = usePathname();
  // The most specific section wins: /settings/destinations is Destinations, not Settings.
  const activeHref = items
    .map((item) => item.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label="Main" className="grid gap-1">
      {items.map(({ href, label, icon }) => {
        const active = href === activeHref;
        return (
          <Link
            key={href}
            href={href}
            onClick={onNavigate}
            aria-current={active ? "page" : undefined}
            className={`${LINK_CLASSES} ${active ? "bg-accent text-accent-foreground" : "text-muted-foreground"}`}
          >
            {icon}
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
