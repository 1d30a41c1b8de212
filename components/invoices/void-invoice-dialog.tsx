"use client";

import { useRouter } from "next/navigation";
import { useAction } from "next-safe-action/hooks";
import { type FormEvent, useState } from "react";
import { toast } from "sonner";
import { voidInvoiceAction } from "@/actions/invoices";
import { FormError } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";

/** Asks for the reason before voiding; stays open, with the server's answer, when voiding is refused. */
export function VoidInvoiceDialog({ invoiceId, documentName }: { invoiceId: string; documentName: string }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { execute, result, isPending, reset } = useAction(voidInvoiceAction, {
    onSuccess: ({ data }) => {
      toast.success(data?.message ?? `${documentName} is now void.`);
      setOpen(false);
      router.refresh();
    },
  });
  const reasonErrors = result.validationErrors?.fieldErrors.reason;
  const formError = result.serverError ?? result.validationErrors?.fieldErrors.invoiceId?.[0];

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const reason = new FormData(event.currentTarget).get("reason");
    execute({ invoiceId, reason: typeof reason === "string" ? reason : "" });
  }

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="outline" className="text-destructive">
          Void
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form method="post" onSubmit={onSubmit} className="grid gap-4" noValidate>
          <AlertDialogTitle>Void {documentName}?</AlertDialogTitle>
          <AlertDialogDescription>
            A void document stays on record with its number but no longer counts. This cannot be undone.
          </AlertDialogDescription>
          <FormError message={formError} />
          <div className="grid gap-2">
            <Label htmlFor="void-reason">Reason</Label>
            <Textarea
              id="void-reason"
              name="reason"
              required
              maxLength={500}
              aria-invalid={reasonErrors?.length ? true : undefined}
              aria-describedby={reasonErrors?.length ? "void-reason-errors" : undefined}
            />
            {reasonErrors?.length ? (
              <ul id="void-reason-errors" className="grid gap-1 text-sm text-destructive">
                {reasonErrors.map((error) => (
                  <li key={error}>{error}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <AlertDialogFooter>
            <AlertDialogCancel type="button">Keep as is</AlertDialogCancel>
            <SubmitButton pending={isPending} variant="destructive">
              Void {documentName}
            </SubmitButton>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
