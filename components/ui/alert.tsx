import type { VariantProps } from "class-variance-authority";
import type * as React from "react";
import { alertVariants } from "./alert-variants";

/**
 * Forms' messages make this a client component on most pages: `className` is appended to the
 * variant's classes, not merged (no tailwind-merge), and must not conflict with them.
 */
export function Alert({ className, variant, ...props }: React.ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  return (
    <div
      data-slot="alert"
      role={variant === "destructive" ? "alert" : "status"}
      className={alertVariants({ variant, className })}
      {...props}
    />
  );
}
