import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CompanyTotals } from "@/lib/companies/company-totals";
import { formatMoney, formatProviderMoney } from "@/lib/money";
import { cn } from "@/lib/utils";

export function CompanyTotalsCards({ totals }: { totals: CompanyTotals }) {
  const cards = [
    // Spend (and so profit) carries the panel's precision; billed amounts are whole minor units.
    { key: "spend", title: "Spend", amount: totals.spend, format: formatProviderMoney, note: "Provider cost of placed orders" },
    { key: "billed", title: "Billed", amount: totals.billed, format: formatMoney, note: "Invoices less credit notes, void ones excluded" },
    { key: "profit", title: "Profit", amount: totals.profit, format: formatProviderMoney, note: "Billed minus spend" },
  ] as const;
  return (
    <section aria-label="Totals" className="grid gap-4 sm:grid-cols-3">
      {cards.map((card) => (
        <Card key={card.key} className="gap-2 py-4" data-testid={`total-${card.key}`}>
          <CardHeader className="px-4">
            <CardDescription>{card.title}</CardDescription>
            <CardTitle
              className={cn("text-2xl tabular-nums", card.key === "profit" && card.amount.isNegative() && "text-destructive")}
            >
              {card.format(card.amount, totals.currency)}
            </CardTitle>
          </CardHeader>
          <CardContent className="px-4 text-xs text-muted-foreground">{card.note}</CardContent>
        </Card>
      ))}
    </section>
  );
}
