"use client";

import { Dialog } from "radix-ui";
import type { LazyDialogContentProps } from "@/components/ui/use-lazy-dialog";
import { SearchPanel } from "./search-panel";

type SearchDialogProps = { open: boolean; onOpenChange: (open: boolean) => void; contentProps: LazyDialogContentProps };

/** The search's modal: loaded on first open, so radix's dialog stack is not on every portal page up front. */
export function SearchDialog({ open, onOpenChange, contentProps }: SearchDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <Dialog.Content
          {...contentProps}
          className="fixed top-[10vh] left-1/2 z-50 w-[calc(100vw-2rem)] max-w-xl -translate-x-1/2 rounded-lg border bg-card shadow-lg"
          aria-describedby={undefined}
        >
          <Dialog.Title className="sr-only">Search the console</Dialog.Title>
          {open && <SearchPanel onChosen={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
