import { cva } from "class-variance-authority";

/** The alert's classes, apart from the component (see alert.tsx), so the unit tests can check them. */
export const alertVariants = cva("relative w-full rounded-lg border px-4 py-3 text-sm", {
  variants: {
    variant: {
      default: "bg-card text-card-foreground",
      destructive: "border-destructive/40 bg-destructive/5 text-destructive",
      success: "border-success/40 bg-success/5 text-success",
      warning: "border-warning/40 bg-warning/5 text-warning",
    },
  },
  defaultVariants: { variant: "default" },
});
