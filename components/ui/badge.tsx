import type { VariantProps } from "class-variance-authority";
import type * as React from "react";
import { badgeVariants } from "./badge-variants";

export type { BadgeVariant } from "./badge-variants";

/** Also in client components: `className` is appended to the variant's classes, not merged (no tailwind-merge), and must not conflict with them. */
export function Badge({ className, variant, ...props }: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span data-slot="badge" className={badgeVariants({ variant, className })} {...props} />;
}
