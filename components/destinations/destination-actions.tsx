"use client";

import { deleteDestinationAction, enableDestinationAction, sendTestMessageAction } from "@/actions/destinations";
import { ActionButton } from "@/components/forms/action-button";

export function DestinationActions({ id, name, disabled }: { id: string; name: string; disabled: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      <ActionButton action={sendTestMessageAction} input={{ id }} successMessage="Test delivered." size="sm" variant="outline" aria-label={`Send test to ${name}`}>
        Send test
      </ActionButton>
      {disabled ? (
        <ActionButton action={enableDestinationAction} input={{ id }} successMessage="Enabled." size="sm" variant="outline">
          Enable
        </ActionButton>
      ) : null}
      <ActionButton
        action={deleteDestinationAction}
        input={{ id }}
        successMessage="Deleted."
        size="sm"
        variant="ghost"
        confirm={{ title: `Delete “${name}”?`, description: "Its delivery log goes with it. Automations must not use it any more.", confirmLabel: "Delete" }}
      >
        Delete
      </ActionButton>
    </div>
  );
}
