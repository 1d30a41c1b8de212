import { LayoutDashboard, type LucideIcon, Settings } from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon };

/** Only sections that exist are listed: a link to an empty page would pretend. */
export const navItems: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard },
  { href: "/settings", label: "Settings", icon: Settings },
];
