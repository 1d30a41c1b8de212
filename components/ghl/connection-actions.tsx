"use client";

import { RefreshCw, Unplug } from "lucide-react";
import { disconnectGhlAction, refreshGhlTokenAction } from "@/actions/ghl";
import { ActionButton } from "@/components/forms/action-button";

/** Refresh now and Disconnect (asks first: the tokens are deleted). */
export function ConnectionActions() {
  return (
    <>
      <ActionButton variant="outline" action={refreshGhlTokenAction} input={{}} successMessage="Token refreshed.">
        <RefreshCw aria-hidden /> Refresh now
      </ActionButton>
      <ActionButton
        variant="destructive"
        action={disconnectGhlAction}
        input={{}}
        successMessage="GoHighLevel disconnected."
        confirm={{
          title: "Disconnect GoHighLevel?",
          description:
            "The stored tokens are deleted and nothing is sent to GoHighLevel until you connect again. Sub-accounts already created stay in GoHighLevel.",
          confirmLabel: "Disconnect",
        }}
      >
        <Unplug aria-hidden /> Disconnect
      </ActionButton>
    </>
  );
}
