"use client";

import { useCallback, useId, useRef, useState } from "react";

/**
 * State for a dialog whose code loads on first use (next/dynamic), opened by a plain button
 * rather than radix's Trigger: the button gets the Trigger's ARIA, and focus returns to it on
 * close, as radix would do. `mounted` stays true from the first opening on, so later closings
 * play out like any dialog's. Pointing at or focusing the button starts loading the dialog's
 * code (`preload`, the same import next/dynamic makes), so it is usually there by the click.
 */
export function useLazyDialog(preload: () => Promise<unknown>) {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const contentId = useId();

  const changeOpen = useCallback((next: boolean) => {
    if (next) setMounted(true);
    setOpen(next);
  }, []);
  const toggle = useCallback(() => {
    setMounted(true);
    setOpen((current) => !current);
  }, []);

  return {
    open,
    mounted,
    setOpen: changeOpen,
    toggle,
    triggerProps: {
      ref: triggerRef,
      "aria-haspopup": "dialog" as const,
      "aria-expanded": open,
      "aria-controls": open ? contentId : undefined,
      onPointerEnter: () => void preload(),
      onFocus: () => void preload(),
    },
    contentProps: {
      id: contentId,
      onCloseAutoFocus: (event: Event) => {
        event.preventDefault();
        triggerRef.current?.focus();
      },
    },
  };
}

export type LazyDialogContentProps = ReturnType<typeof useLazyDialog>["contentProps"];
