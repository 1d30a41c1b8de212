"use client";

import dynamic from "next/dynamic";

/**
 * The header's menus (radix dropdowns and the mobile sheet, with their actions) load after the
 * page: every portal route would otherwise ship them up front. Until then an empty box of
 * the trigger's size keeps the header from shifting.
 */
function TriggerPlaceholder({ className }: { className: string }) {
  return <div aria-hidden className={`h-9 shrink-0 ${className}`} />;
}

export const LazyMobileNav = dynamic(() => import("./mobile-nav").then((module) => module.MobileNav), {
  ssr: false,
  loading: () => <TriggerPlaceholder className="w-9 md:hidden" />,
});

export const LazyNotificationBell = dynamic(() => import("./notification-bell").then((module) => module.NotificationBell), {
  ssr: false,
  loading: () => <TriggerPlaceholder className="w-9" />,
});

export const LazyUserMenu = dynamic(() => import("./user-menu").then((module) => module.UserMenu), {
  ssr: false,
  loading: () => <TriggerPlaceholder className="w-16 sm:w-48" />,
});
