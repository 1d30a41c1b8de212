import { clsx } from "clsx";
import type * as React from "react";
import { SELECT_CLASSES } from "./field-classes";

/**
 * A native select: keyboard, mobile pickers and form submission come for free. Client-side
 * forms render it, so `className` is appended, not merged (no tailwind-merge): it must not conflict.
 */
export function Select({ className, ...props }: React.ComponentProps<"select">) {
  return <select data-slot="select" className={clsx(SELECT_CLASSES, className)} {...props} />;
}
