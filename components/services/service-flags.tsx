import { Badge } from "@/components/ui/badge";

type Flags = { refill: boolean; cancel: boolean; dripfeed: boolean };

const FLAG_LABELS: [keyof Flags, string][] = [
  ["refill", "Refill"],
  ["cancel", "Cancel"],
  ["dripfeed", "Drip-feed"],
];

/** The panel features a service offers; nothing is shown for those it does not. */
export function ServiceFlags(flags: Flags) {
  const offered = FLAG_LABELS.filter(([flag]) => flags[flag]);
  if (offered.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <div className="flex max-w-36 flex-wrap gap-1">
      {offered.map(([flag, label]) => (
        <Badge key={flag} variant="secondary">
          {label}
        </Badge>
      ))}
    </div>
  );
}
