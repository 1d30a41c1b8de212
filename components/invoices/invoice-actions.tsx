"use client";

import { Download } from "lucide-react";
import { emailInvoiceAction } from "@/actions/invoices";
import { ActionButton } from "@/components/forms/action-button";
import { buttonVariants } from "@/components/ui/button-variants";
import type { InvoiceKind, InvoiceStatus } from "@/lib/generated/prisma/enums";
import { MarkPaidDialog, UndoPaymentDialog, VoidInvoiceDialog } from "./invoice-status-dialogs";

type InvoiceActionsProps = {
  invoiceId: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  /** "Invoice INV-2026-00001" */
  documentName: string;
  contactEmail: string | null;
  /** "12 Mar 2026, 10:04 UTC to a@b.com", when it was e-mailed before. */
  lastEmailed: string | null;
  /** Today in the agency's timezone (YYYY-MM-DD): the payment day offered first. */
  today: string;
};

export function InvoiceActions({ invoiceId, kind, status, documentName, contactEmail, lastEmailed, today }: InvoiceActionsProps) {
  const input = { invoiceId };
  const issued = status === "ISSUED";
  return (
    <>
      <a href={`/api/invoices/${invoiceId}/pdf`} className={buttonVariants({ variant: "outline" })}>
        <Download aria-hidden /> Download PDF
      </a>
      {status !== "VOID" && contactEmail ? (
        <ActionButton
          variant="outline"
          action={emailInvoiceAction}
          input={input}
          successMessage={`${documentName} e-mailed to ${contactEmail}.`}
          confirm={{
            title: `E-mail ${documentName}?`,
            description: `It is sent as a PDF to ${contactEmail}.${lastEmailed ? ` Last e-mailed ${lastEmailed}.` : ""}`,
            confirmLabel: "Send e-mail",
          }}
        >
          E-mail to company contact
        </ActionButton>
      ) : null}
      {issued ? <MarkPaidDialog invoiceId={invoiceId} kind={kind} documentName={documentName} today={today} /> : null}
      {status === "PAID" ? <UndoPaymentDialog invoiceId={invoiceId} documentName={documentName} /> : null}
      {issued ? <VoidInvoiceDialog invoiceId={invoiceId} documentName={documentName} /> : null}
    </>
  );
}
