import { AlertTriangle, Wallet } from "lucide-react";
import { Suspense } from "react";
import { Card, CardContent } from "@/components/ui/card";
import { formatMoney, formatProviderMoney } from "@/lib/money";
import { getPanelBalance } from "@/lib/orders/panel-balance";
import { cn } from "@/lib/utils";

/**
 * The Fampage balance, with a warning under the threshold set in Settings. Streamed
 * in, so a slow or unreachable panel never holds up the page around it.
 */
export function PanelBalanceCard() {
  return (
    <Suspense
      fallback={
        <Card className="py-4" data-testid="panel-balance-loading">
          <CardContent className="flex items-center gap-3 text-sm text-muted-foreground">
            <Wallet className="size-5" aria-hidden /> Checking the panel balance…
          </CardContent>
        </Card>
      }
    >
      <PanelBalance />
    </Suspense>
  );
}

async function PanelBalance() {
  const view = await getPanelBalance();
  return (
    <Card className={cn("py-4", view.available && view.low && "border-warning/60")} data-testid="panel-balance">
      <CardContent className="flex items-center gap-3">
        {view.available && view.low ? <AlertTriangle className="size-5 text-warning" aria-hidden /> : <Wallet className="size-5 text-muted-foreground" aria-hidden />}
        <div className="grid gap-0.5">
          <span className="text-xs text-muted-foreground">Panel balance</span>
          {view.available ? (
            <>
              <span className="text-lg font-semibold">{formatProviderMoney(view.balance, view.currency)}</span>
              {view.low ? (
                <span className="text-xs text-warning">
                  Below your warning threshold of {formatMoney(view.threshold, view.currency)}: top up the panel before new orders fail.
                </span>
              ) : null}
            </>
          ) : (
            <span className="text-sm text-muted-foreground">Unavailable: {view.reason}</span>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
