"use client";

import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import type { LazyDialogContentProps } from "@/components/ui/use-lazy-dialog";

export type Confirmation = { title: string; description: string; confirmLabel: string };

type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  confirmation: Confirmation;
  onConfirm: () => void;
  contentProps: LazyDialogContentProps;
};

/** The "are you sure?" before an action that is hard to undo; loaded on first use (see ActionButton). */
export function ConfirmDialog({ open, onOpenChange, confirmation, onConfirm, contentProps }: ConfirmDialogProps) {
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogContent {...contentProps}>
        <AlertDialogTitle>{confirmation.title}</AlertDialogTitle>
        <AlertDialogDescription>{confirmation.description}</AlertDialogDescription>
        <AlertDialogFooter>
          <AlertDialogCancel>Keep as is</AlertDialogCancel>
          <AlertDialogAction onClick={onConfirm}>{confirmation.confirmLabel}</AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
