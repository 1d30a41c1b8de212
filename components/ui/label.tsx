import { clsx } from "clsx";
import { Label as LabelPrimitive } from "radix-ui";
import type * as React from "react";
import { LABEL_CLASSES } from "./field-classes";

/** Client-side forms render it, so `className` is appended, not merged (no tailwind-merge): it must not conflict. */
export function Label({ className, ...props }: React.ComponentProps<typeof LabelPrimitive.Root>) {
  return <LabelPrimitive.Root data-slot="label" className={clsx(LABEL_CLASSES, className)} {...props} />;
}
