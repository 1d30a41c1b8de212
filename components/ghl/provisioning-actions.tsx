"use client";

import { Ban, KeyRound, RotateCcw, Workflow } from "lucide-react";
import { cancelGhlProvisioningAction, reauthenticateGhlSubaccountAction, startGhlProvisioningAction } from "@/actions/ghl";
import { ActionButton } from "@/components/forms/action-button";
import type { GhlProvisioningStatus } from "@/lib/generated/prisma/client";

/** Create / Retry / Cancel / Re-authenticate, offered by status. */
export function ProvisioningActions({ companyId, status }: { companyId: string; status: GhlProvisioningStatus | null }) {
  const input = { companyId };
  const canStart = status === null || status === "FAILED" || status === "CANCELLED";
  const canCancel = status === "QUEUED" || status === "RUNNING" || status === "FAILED" || status === "NEEDS_VERIFICATION";
  const canReauthenticate = status === "COMPLETED" || status === "NEEDS_VERIFICATION";
  return (
    <div className="flex flex-wrap gap-2">
      {canStart ? (
        <ActionButton action={startGhlProvisioningAction} input={input} successMessage="Provisioning started.">
          {status === null ? <Workflow aria-hidden /> : <RotateCcw aria-hidden />}
          {status === null ? "Create GHL sub-account" : "Retry"}
        </ActionButton>
      ) : null}
      {canReauthenticate ? (
        <ActionButton variant="outline" action={reauthenticateGhlSubaccountAction} input={input} successMessage="Signed in again.">
          <KeyRound aria-hidden /> Re-authenticate
        </ActionButton>
      ) : null}
      {canCancel ? (
        <ActionButton
          variant="outline"
          action={cancelGhlProvisioningAction}
          input={input}
          successMessage="Provisioning cancelled."
          confirm={{
            title: "Cancel provisioning?",
            description: "The run stops at its next step. What was already created in GoHighLevel is kept, so Retry continues from there.",
            confirmLabel: "Cancel provisioning",
          }}
        >
          <Ban aria-hidden /> Cancel
        </ActionButton>
      ) : null}
    </div>
  );
}
