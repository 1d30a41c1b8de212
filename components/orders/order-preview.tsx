/** The preview's figures, formatted (see estimateOrder). */
export type OrderPreviewFigures = { units: string; cost: string; invoice: string };

/** What the order will cost the agency and what the company will be invoiced, before submitting. */
export function OrderPreview({ preview }: { preview: OrderPreviewFigures | null }) {
  return (
    <dl className="grid gap-2 rounded-lg bg-muted/60 p-4 text-sm sm:grid-cols-3" aria-live="polite" data-testid="order-preview">
      <div>
        <dt className="text-muted-foreground">Units</dt>
        <dd className="font-medium">{preview ? preview.units : "—"}</dd>
      </div>
      <div>
        <dt className="text-muted-foreground">Expected panel cost</dt>
        <dd className="font-medium" data-testid="expected-cost">
          {preview ? preview.cost : "—"}
        </dd>
      </div>
      <div>
        <dt className="text-muted-foreground">Invoice amount</dt>
        <dd className="font-medium" data-testid="invoice-amount">
          {preview ? preview.invoice : "—"}
        </dd>
      </div>
    </dl>
  );
}
