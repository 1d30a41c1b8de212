"use client";

import Link from "next/link";
import { deleteAutomationAction, pauseAutomationAction, resumeAutomationAction, runAutomationNowAction } from "@/actions/automations";
import { ActionButton } from "@/components/forms/action-button";
import { buttonVariants } from "@/components/ui/button-variants";

export function AutomationActions({ id, name, paused }: { id: string; name: string; paused: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      <ActionButton action={runAutomationNowAction} input={{ id }} successMessage="Run finished." size="sm" aria-label={`Run now: ${name}`}>
        Run now
      </ActionButton>
      {paused ? (
        <ActionButton action={resumeAutomationAction} input={{ id }} successMessage="Resumed." size="sm" variant="outline">
          Resume
        </ActionButton>
      ) : (
        <ActionButton action={pauseAutomationAction} input={{ id }} successMessage="Paused." size="sm" variant="outline">
          Pause
        </ActionButton>
      )}
      <Link href={`/automations/${id}/edit`} className={buttonVariants({ size: "sm", variant: "outline" })}>
        Edit
      </Link>
      <ActionButton
        action={deleteAutomationAction}
        input={{ id }}
        successMessage="Deleted."
        size="sm"
        variant="ghost"
        confirm={{ title: `Delete “${name}”?`, description: "Its run history is deleted with it.", confirmLabel: "Delete" }}
      >
        Delete
      </ActionButton>
    </div>
  );
}
