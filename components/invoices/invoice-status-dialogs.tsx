"use client";

import { markInvoicePaidAction, undoInvoicePaymentAction, voidInvoiceAction } from "@/actions/invoices";
import { ActionFormDialog } from "@/components/forms/action-form-dialog";
import { FormField, SelectField, TextareaField } from "@/components/forms/form-field";
import type { InvoiceKind } from "@/lib/generated/prisma/enums";
import { PAYMENT_METHOD_LABEL } from "@/lib/invoices/payment-labels";

type DocumentProps = { invoiceId: string; kind: InvoiceKind; documentName: string; today: string };

/** Mark paid (or refunded) with the day, the method and the reference. */
export function MarkPaidDialog({ invoiceId, kind, documentName, today }: DocumentProps) {
  const refund = kind === "CREDIT_NOTE";
  return (
    <ActionFormDialog
      action={markInvoicePaidAction}
      fixedField={{ name: "invoiceId", value: invoiceId }}
      trigger={{ label: refund ? "Mark refunded" : "Mark paid" }}
      title={refund ? `Mark ${documentName} refunded` : `Mark ${documentName} paid`}
      description="Record how and when the money moved. A mistaken payment can be undone later."
      submitLabel={refund ? "Mark refunded" : "Mark paid"}
    >
      {(errorsFor) => (
        <>
          <FormField name="paidOn" label={refund ? "Refunded on" : "Paid on"} type="date" required max={today} defaultValue={today} errors={errorsFor("paidOn")} />
          <SelectField name="method" label="Method" defaultValue="BANK_TRANSFER" errors={errorsFor("method")}>
            {Object.entries(PAYMENT_METHOD_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <FormField name="reference" label="Reference" maxLength={100} hint="The bank or processor's reference, if any." errors={errorsFor("reference")} />
        </>
      )}
    </ActionFormDialog>
  );
}

/** Takes a recorded payment back (bounced, recorded by mistake): the document is issued again. */
export function UndoPaymentDialog({ invoiceId, documentName }: Pick<DocumentProps, "invoiceId" | "documentName">) {
  return (
    <ActionFormDialog
      action={undoInvoicePaymentAction}
      fixedField={{ name: "invoiceId", value: invoiceId }}
      trigger={{ label: "Undo payment", variant: "outline" }}
      title={`Undo the payment of ${documentName}?`}
      description="It goes back to issued. The payment stays in its history, marked undone with your note."
      submitLabel="Undo payment"
      submitVariant="destructive"
    >
      {(errorsFor) => <TextareaField name="note" label="Why" required maxLength={500} errors={errorsFor("note")} />}
    </ActionFormDialog>
  );
}

/** Asks for the reason before voiding; stays open, with the server's answer, when voiding is refused. */
export function VoidInvoiceDialog({ invoiceId, documentName }: Pick<DocumentProps, "invoiceId" | "documentName">) {
  return (
    <ActionFormDialog
      action={voidInvoiceAction}
      fixedField={{ name: "invoiceId", value: invoiceId }}
      trigger={{ label: "Void", variant: "outline", className: "text-destructive" }}
      title={`Void ${documentName}?`}
      description="A void document stays on record with its number but no longer counts. This cannot be undone."
      submitLabel={`Void ${documentName}`}
      submitVariant="destructive"
    >
      {(errorsFor) => <TextareaField name="reason" label="Reason" required maxLength={500} errors={errorsFor("reason")} />}
    </ActionFormDialog>
  );
}
