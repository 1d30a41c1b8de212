import Link from "next/link";
import { hrefWith } from "@/components/portal/query-links";
import type { Network } from "@/lib/generated/prisma/client";
import type { SearchParams } from "@/lib/list-query";
import { NETWORK_LABELS } from "@/lib/services/network";
import { cn } from "@/lib/utils";

const NETWORKS = Object.keys(NETWORK_LABELS) as Network[];

/** One link per network with how many services match the other filters there. */
export function NetworkTabs({
  pathname,
  params,
  selected,
  counts,
}: {
  pathname: string;
  params: SearchParams;
  selected: Network | undefined;
  counts: Partial<Record<Network, number>>;
}) {
  const total = NETWORKS.reduce((sum, network) => sum + (counts[network] ?? 0), 0);
  const tabs: { network: Network | undefined; label: string; count: number }[] = [
    { network: undefined, label: "All", count: total },
    ...NETWORKS.map((network) => ({ network, label: NETWORK_LABELS[network], count: counts[network] ?? 0 })),
  ];
  return (
    <nav aria-label="Networks" className="mb-4 overflow-x-auto">
      <ul className="flex w-max gap-1 rounded-lg border bg-card p-1">
        {tabs.map(({ network, label, count }) => {
          const active = network === selected;
          return (
            <li key={label}>
              <Link
                href={hrefWith(pathname, params, { network, page: undefined })}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center gap-1.5 whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent hover:text-accent-foreground",
                  active && "bg-primary text-primary-foreground hover:bg-primary hover:text-primary-foreground",
                )}
              >
                {label}
                <span className="tabular-nums">{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
