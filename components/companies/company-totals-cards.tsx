import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { CompanyTotals } from "@/lib/companies/company-totals";
import { formatMoney } from "@/lib/money";
import { cn } from "@/lib/utils";

export function CompanyTotalsCards({ totals }: { totals: CompanyTotals }) {
  const cards = [
    { key: "spend", title: "Spend", amount: totals.spend, note: "Provider cost of placed orders" },
    { key: "billed", title: "Billed", amount: totals.billed, note: "Invoices less credit notes, void ones excluded" },
    { key: "profit", title: "Profit", amount: totals.profit, note: "Billed minus spend" },
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
              {formatMoney(card.amount, totals.currency, { exact: true })}
            </CardTitle>
          </CardHeader>
          <CardContent className="px-4 text-xs text-muted-foreground">{card.note}</CardContent>
        </Card>
      ))}
    </section>
  );
}
