import { Card, CardContent } from "@/components/ui/card";
import { loadRunway } from "@/lib/analytics/runway";
import { formatMoney } from "@/lib/money";

/** The panel balance and how long it lasts at the last 7 days' spend. Streams in: it asks the panel. */
export async function RunwayCard({ currency }: { currency: string }) {
  const runway = await loadRunway();
  const { balance } = runway;
  return (
    <Card className="gap-1 py-4" data-testid="runway">
      <CardContent className="grid gap-1 px-4">
        <span className="text-xs text-muted-foreground">Panel balance</span>
        {balance.available ? (
          <>
            <span className="text-xl font-semibold tabular-nums">{formatMoney(balance.balance, balance.currency)}</span>
            <span className="text-xs text-muted-foreground" data-testid="runway-days">
              {runway.days === null
                ? "No spend in the last 7 days."
                : `About ${runway.days.toLocaleString("en-US")} day${runway.days === 1 ? "" : "s"} at the last 7 days' spend (${formatMoney(runway.lastWeekSpend, currency)}).`}
            </span>
          </>
        ) : (
          <span className="text-sm text-muted-foreground">Unavailable: {balance.reason}</span>
        )}
      </CardContent>
    </Card>
  );
}

export function RunwaySkeleton() {
  return <div className="h-[88px] animate-pulse rounded-xl border bg-muted/50" aria-hidden />;
}
