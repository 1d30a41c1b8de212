"use client";

import dynamic from "next/dynamic";
import { buttonVariants } from "@/components/ui/button-variants";
import { useLazyDialog } from "@/components/ui/use-lazy-dialog";
import type { ActionFormDialogContent, ActionFormDialogPanel as LoadedPanel } from "./action-form-dialog-panel";
import type { ActionSchema, FlattenedErrors } from "./form-action-types";

const loadPanel = () => import("./action-form-dialog-panel");

// The dialog (radix's alert dialog, the action's hook) only ever shows after a click: it is not part of the page's first load.
// next/dynamic keeps the props but drops the generic signature: the component it loads is exactly that one.
const ActionFormDialogPanel = dynamic(() => loadPanel().then((module) => module.ActionFormDialogPanel), { ssr: false }) as typeof LoadedPanel;

type ActionFormDialogProps<Schema extends ActionSchema, Errors extends FlattenedErrors, Data> = ActionFormDialogContent<Schema, Errors, Data> & {
  /** The button's classes are appended to the variant's, not merged (no tailwind-merge here): they must not conflict. */
  trigger: { label: string; variant?: "default" | "outline"; className?: string };
};

/** A confirmation that asks for details first (see ActionFormDialogPanel), behind a button. */
export function ActionFormDialog<Schema extends ActionSchema, Errors extends FlattenedErrors, Data>({
  trigger,
  ...content
}: ActionFormDialogProps<Schema, Errors, Data>) {
  const dialog = useLazyDialog(loadPanel);
  return (
    <>
      <button
        {...dialog.triggerProps}
        type="button"
        className={buttonVariants({ variant: trigger.variant ?? "default", className: trigger.className })}
        onClick={() => dialog.setOpen(true)}
      >
        {trigger.label}
      </button>
      {dialog.mounted ? (
        <ActionFormDialogPanel {...content} open={dialog.open} onOpenChange={dialog.setOpen} contentProps={dialog.contentProps} />
      ) : null}
    </>
  );
}
