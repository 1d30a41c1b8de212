import type { VariantProps } from "class-variance-authority";
import { LoaderCircle } from "lucide-react";
import type * as React from "react";
import { buttonVariants } from "@/components/ui/button-variants";

type SubmitButtonProps = React.ComponentProps<"button"> & VariantProps<typeof buttonVariants> & { pending: boolean };

/**
 * A form's or an action's button, busy while its request runs. Client components render it on
 * most pages, so it is the Button's look without tailwind-merge: `className` is appended to the
 * variant's classes, not merged, and must not conflict with them (see tests/unit/ui/class-names.test.ts).
 */
export function SubmitButton({ pending, variant, size, className, children, ...props }: SubmitButtonProps) {
  return (
    <button className={buttonVariants({ variant, size, className })} type="submit" disabled={pending} aria-busy={pending} {...props}>
      {pending ? <LoaderCircle className="animate-spin" aria-hidden /> : null}
      {children}
    </button>
  );
}
