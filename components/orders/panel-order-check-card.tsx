import { CircleAlert, CircleCheck } from "lucide-react";
import { confirmPlacedAction } from "@/actions/orders";
import { ActionButton } from "@/components/forms/action-button";
import { formatProviderMoney } from "@/lib/money";
import type { PanelOrderCheck } from "@/lib/orders/resolve-review";

/** The panel's order beside ours, and the confirmation, which is only offered when they agree. */
export function PanelOrderCheckCard({ orderId, check }: { orderId: string; check: PanelOrderCheck }) {
  const units = (value: number | null) => (value === null ? "—" : value.toLocaleString("en-US"));
  const rows: [string, React.ReactNode, React.ReactNode][] = [
    ["Link", <span key="p" className="text-muted-foreground">Not reported by the panel&apos;s API</span>, <span key="o" className="break-all">{check.ours.link}</span>],
    ["Quantity", check.impliedQuantity === null ? "—" : `about ${units(check.impliedQuantity)} (from its charge at our rate)`, units(check.ours.quantity)],
    ["Charge", formatProviderMoney(check.panel.charge, check.panel.currency), `${formatProviderMoney(check.ours.expectedCost, check.ours.currency)} expected`],
    ["Status", check.panel.status, "Needs review"],
    ["Start count", units(check.panel.startCount), "—"],
    ["Remains", units(check.panel.remains), "—"],
  ];
  const matches = check.problems.length === 0;
  return (
    <section aria-labelledby="panel-order-check-heading" className="grid gap-3 rounded-md border bg-card p-4 text-card-foreground" data-testid="panel-order-check">
      <h3 id="panel-order-check-heading" className="font-semibold">
        Panel order #{check.providerOrderId}
      </h3>
      <table className="w-full text-sm">
        <caption className="sr-only">The panel&apos;s order next to this order</caption>
        <thead>
          <tr className="text-left text-muted-foreground">
            <th scope="col" className="py-1 pr-3 font-medium"></th>
            <th scope="col" className="py-1 pr-3 font-medium">On the panel</th>
            <th scope="col" className="py-1 font-medium">This order</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, panel, ours]) => (
            <tr key={label} className="border-t">
              <th scope="row" className="py-1 pr-3 text-left font-medium">{label}</th>
              <td className="py-1 pr-3" data-testid={`panel-${label.toLowerCase().replace(" ", "-")}`}>{panel}</td>
              <td className="py-1">{ours}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-muted-foreground">
        The panel&apos;s API reports an order&apos;s status, charge, start count, remains and currency, but not its link or quantity:
        open the order on the panel to see its link. The quantity is worked out from what the panel charged.
      </p>
      {matches ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="flex items-center gap-2 text-sm">
            <CircleCheck className="size-4 text-success" aria-hidden /> What the panel reports fits this order.
          </p>
          <ActionButton action={confirmPlacedAction} input={{ orderId, providerOrderId: check.providerOrderId }} successMessage="Order attached.">
            Attach and invoice
          </ActionButton>
        </div>
      ) : (
        <div className="grid gap-1 text-sm text-destructive" role="alert" data-testid="panel-order-mismatch">
          <p className="flex items-center gap-2 font-medium">
            <CircleAlert className="size-4" aria-hidden /> This is not the same order: it cannot be attached.
          </p>
          <ul className="list-disc pl-6">
            {check.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
