import {
  Building2,
  ChartNoAxesCombined,
  FileText,
  LayoutDashboard,
  type LucideIcon,
  Logs,
  Package,
  PlugZap,
  Settings,
  Share2,
  ShoppingCart,
  Webhook,
  Workflow,
  Bell,
  Send,
} from "lucide-react";

export type NavItem = { href: string; label: string; icon: LucideIcon };

/** Only sections that exist are listed: a link to an empty page would pretend. */
export const navItems: NavItem[] = [
  { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard },
  { href: "/companies", label: "Companies", icon: Building2 },
  { href: "/orders", label: "Orders", icon: ShoppingCart },
  { href: "/invoices", label: "Invoices", icon: FileText },
  { href: "/analytics", label: "Analytics", icon: ChartNoAxesCombined },
  { href: "/services", label: "Services", icon: Package },
  { href: "/integrations/ghl", label: "GoHighLevel", icon: PlugZap },
  { href: "/connections", label: "Connections", icon: Share2 },
  { href: "/webhooks", label: "Webhooks", icon: Webhook },
  { href: "/automations", label: "Automations", icon: Bell },
  { href: "/workflows", label: "Workflows", icon: Workflow },
  { href: "/logs", label: "Logs", icon: Logs },
  { href: "/settings", label: "Settings", icon: Settings },
  { href: "/settings/destinations", label: "Destinations", icon: Send },
];
