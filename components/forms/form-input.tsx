import { clsx } from "clsx";
import type * as React from "react";
import { INPUT_CLASSES } from "@/components/ui/field-classes";

/**
 * The Input of client-side forms: the same look, without tailwind-merge (client components on
 * most pages would ship it), so `className` is appended and must not conflict with the input's own.
 */
export function FormInput({ className, ...props }: React.ComponentProps<"input">) {
  return <input data-slot="input" className={clsx(INPUT_CLASSES, className)} {...props} />;
}
