import { clsx } from "clsx";
import type * as React from "react";
import { TEXTAREA_CLASSES } from "./field-classes";

/** Client-side forms render it, so `className` is appended, not merged (no tailwind-merge): it must not conflict. */
export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return <textarea data-slot="textarea" className={clsx(TEXTAREA_CLASSES, className)} {...props} />;
}
