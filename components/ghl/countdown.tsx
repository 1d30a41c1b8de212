"use client";

import { useEffect, useState } from "react";

function describeRemaining(ms: number): string {
  if (ms <= 0) return "expired";
  const totalSeconds = Math.floor(ms / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `${hours}h ${String(minutes).padStart(2, "0")}m ${String(seconds).padStart(2, "0")}s`;
}

/** Time left until `until`, ticking every second (the server renders the first value). */
export function Countdown({ until, renderedAt }: { until: string; renderedAt: string }) {
  const target = new Date(until).getTime();
  const [now, setNow] = useState(() => new Date(renderedAt).getTime());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <time dateTime={until} data-testid="ghl-expires-in">
      {describeRemaining(target - now)}
    </time>
  );
}
