import type { ReactNode } from "react";
import { navItems } from "./nav-items";

export type NavLinkItem = { href: string; label: string; icon: ReactNode };

/** The nav's entries with their icons drawn by the server: the client-side nav (on every page) ships no icon data. */
export function navLinkItems(): NavLinkItem[] {
  return navItems.map(({ href, label, icon: Icon }) => ({ href, label, icon: <Icon className="size-4" aria-hidden /> }));
}
