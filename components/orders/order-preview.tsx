import type { Decimal } from "@/lib/money";
import { formatMoney, formatProviderMoney } from "@/lib/money";

type Preview = { units: number; cost: Decimal; invoice: Decimal } | null;

/** What the order will cost the agency and what the company will be invoiced, before submitting. */
export function OrderPreview({ preview, currency }: { preview: Preview; currency: string }) {
  return (
    <dl className="grid gap-2 rounded-lg bg-muted/60 p-4 text-sm sm:grid-cols-3" aria-live="polite" data-testid="order-preview">
      <div>
        <dt className="text-muted-foreground">Units</dt>
        <dd className="font-medium">{preview ? preview.units.toLocaleString("en-US") : "—"}</dd>
      </div>
      <div>
        <dt className="text-muted-foreground">Expected panel cost</dt>
        <dd className="font-medium" data-testid="expected-cost">
          {preview ? formatProviderMoney(preview.cost, currency) : "—"}
        </dd>
      </div>
      <div>
        <dt className="text-muted-foreground">Invoice amount</dt>
        <dd className="font-medium" data-testid="invoice-amount">
          {preview ? formatMoney(preview.invoice, currency) : "—"}
        </dd>
      </div>
    </dl>
  );
}
