"use client";

import dynamic from "next/dynamic";

/** The toasts' container, loaded after the page (nothing shows a toast before it is interactive). */
export const LazyToaster = dynamic(() => import("sonner").then((sonner) => sonner.Toaster), { ssr: false });
