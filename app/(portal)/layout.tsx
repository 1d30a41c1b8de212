import { Brand } from "@/components/portal/brand";
import { LazyMobileNav, LazyUserMenu } from "@/components/portal/lazy-header-menus";
import { navLinkItems } from "@/components/portal/nav-link-items";
import { NavLinks } from "@/components/portal/nav-links";
import { NotificationCentre } from "@/components/portal/notification-centre";
import { GlobalSearch } from "@/components/search/global-search";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { requireAdminSession } from "@/lib/auth/session";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const session = await requireAdminSession();
  const navItems = navLinkItems();
  return (
    <div className="flex min-h-dvh">
      <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col gap-6 border-r bg-card px-3 py-4 md:flex">
        <Brand />
        <NavLinks items={navItems} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-2 border-b bg-card/90 px-4 backdrop-blur">
          <LazyMobileNav items={navItems} />
          <div className="md:hidden">
            <Brand />
          </div>
          <div className="ml-auto flex items-center gap-1">
            <GlobalSearch />
            <NotificationCentre />
            <ThemeToggle />
            <LazyUserMenu name={session.name} email={session.email} />
          </div>
        </header>
        <main className="flex-1 p-4 md:p-8">{children}</main>
      </div>
    </div>
  );
}
