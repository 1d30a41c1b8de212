"use client";

import dynamic from "next/dynamic";
import { checkPanelOrderAction, confirmNotPlacedAction } from "@/actions/orders";
import { ActionButton } from "@/components/forms/action-button";
import { FormField } from "@/components/forms/form-field";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";

// Only shown once the panel has been asked (it formats amounts with decimal.js): not part of the page's
// first load. Still rendered by the server when the check was posted before JavaScript loaded.
const PanelOrderCheckCard = dynamic(() => import("./panel-order-check-card").then((module) => module.PanelOrderCheckCard));

/**
 * The panel may or may not have this order. Nothing is re-sent automatically:
 * the administrator checks the panel and records what they found.
 */
export function NeedsReviewPanel({ orderId, reason }: { orderId: string; reason: string | null }) {
  const form = useFormAction(checkPanelOrderAction);
  // The panel's answer for the number entered: shown beside the order before anything is attached.
  const check = form.data;
  return (
    <Alert variant="warning" className="grid gap-4" data-testid="needs-review">
      <div className="grid gap-1 text-foreground">
        <p className="font-semibold">This order needs your review</p>
        <p className="text-sm">{reason ?? "The panel's answer was lost."}</p>
        <p className="text-sm">
          Look for an order with this link on the panel. If it is there, enter its order number: the panel&apos;s order is shown
          beside this one, and you can attach and invoice it if they agree. If it is not, close this order: you can then place it
          again.
        </p>
      </div>
      <form {...form.formProps} className="flex flex-wrap items-end gap-3 text-foreground">
        <input type="hidden" name="orderId" value={orderId} />
        <div className="w-48">
          <FormField name="providerOrderId" label="Panel order number" inputMode="numeric" errors={form.fieldErrors.providerOrderId} />
        </div>
        <SubmitButton pending={form.isPending}>Check on the panel</SubmitButton>
        <ActionButton
          action={confirmNotPlacedAction}
          input={{ orderId }}
          variant="outline"
          successMessage="Order closed as not placed."
          confirm={{
            title: "Close this order as not placed?",
            description: "Only do this after checking the panel: nothing will be invoiced for it.",
            confirmLabel: "It is not on the panel",
          }}
        >
          It is not on the panel
        </ActionButton>
      </form>
      <FormError message={form.formError} />
      {check ? <PanelOrderCheckCard orderId={orderId} check={check} /> : null}
    </Alert>
  );
}
