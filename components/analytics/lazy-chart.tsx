"use client";

import dynamic from "next/dynamic";

/** recharts is loaded only where a chart is on screen, after the page itself: the portal's other routes never download it. */
export const LazyAnalyticsChart = dynamic(() => import("./analytics-chart"), {
  ssr: false,
  loading: () => <div className="aspect-video w-full animate-pulse rounded-md bg-muted" aria-hidden />,
});
