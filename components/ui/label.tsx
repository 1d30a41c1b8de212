"use client";

import { clsx } from "clsx";
import type * as React from "react";
import { LABEL_CLASSES } from "./field-classes";

/**
 * radix's Label, written out (its Primitive and ref helpers were 2 kB on every form's first
 * load): double-clicking the label's text does not select it, clicks on a control inside it
 * are left alone. Client-side forms render it, so `className` is appended, not merged (no
 * tailwind-merge): it must not conflict.
 */
export function Label({ className, onMouseDown, ...props }: React.ComponentProps<"label">) {
  return (
    <label
      data-slot="label"
      className={clsx(LABEL_CLASSES, className)}
      {...props}
      onMouseDown={(event) => {
        if (event.target instanceof Element && event.target.closest("button, input, select, textarea")) return;
        onMouseDown?.(event);
        if (!event.defaultPrevented && event.detail > 1) event.preventDefault();
      }}
    />
  );
}
