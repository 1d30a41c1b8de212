/** The explicit "yes, below cost" a multiplier under 1 needs (checked again by the server's schema). */
export function BelowCostConfirmation({ id = "confirm-below-cost" }: { id?: string }) {
  return (
    <label htmlFor={id} className="flex items-start gap-2 rounded-md border border-warning/50 bg-warning/10 p-3 text-sm">
      <input id={id} type="checkbox" name="confirmBelowCost" className="mt-0.5 size-4 accent-primary" />
      <span>
        <span className="font-medium">Sell below cost.</span> A multiplier under 1 invoices the company less than the panel
        charges you; tick to confirm that is intended.
      </span>
    </label>
  );
}
