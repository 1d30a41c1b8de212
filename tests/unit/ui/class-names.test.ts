import { clsx } from "clsx";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { alertVariants } from "@/components/ui/alert-variants";
import { badgeVariants } from "@/components/ui/badge-variants";
import { buttonVariants } from "@/components/ui/button-variants";
import { INPUT_CLASSES, LABEL_CLASSES, SELECT_CLASSES, TEXTAREA_CLASSES } from "@/components/ui/field-classes";
import {
  TABLE_BODY_CLASSES,
  TABLE_CELL_CLASSES,
  TABLE_CLASSES,
  TABLE_FRAME_CLASSES,
  TABLE_HEAD_CLASSES,
  TABLE_HEADER_CLASSES,
  TABLE_ROW_CLASSES,
} from "@/components/ui/table-classes";

// Client components join these classes without tailwind-merge (it would be on most pages' first
// load). That is only the same as cn() when nothing conflicts: tailwind-merge must leave each
// combination the client renders exactly as it is.
const unchangedByTailwindMerge = (classes: string) => expect(twMerge(classes)).toBe(classes);

const BUTTON_VARIANTS = ["default", "destructive", "outline", "secondary", "ghost", "link"] as const;
const BUTTON_SIZES = ["default", "sm", "lg", "icon"] as const;
/** Each className client components give a button (SubmitButton, ActionFormDialog's trigger, the header's search), with its variant. */
const CLIENT_BUTTONS = [
  { className: "justify-self-start" },
  { variant: "outline", size: "sm", className: "text-muted-foreground" },
  { variant: "outline", className: "text-destructive" },
] as const;

describe("classes client components join without tailwind-merge", () => {
  it("buttons: every variant and size, and each className the client passes with its variant", () => {
    for (const variant of BUTTON_VARIANTS) for (const size of BUTTON_SIZES) unchangedByTailwindMerge(buttonVariants({ variant, size }));
    for (const button of CLIENT_BUTTONS) unchangedByTailwindMerge(buttonVariants(button));
  });

  it("alerts: every variant, with each className it is given", () => {
    for (const variant of ["default", "destructive", "success", "warning"] as const)
      for (const className of [undefined, "grid gap-4", "grid gap-2", "mb-4", "mb-4 max-w-3xl"]) unchangedByTailwindMerge(alertVariants({ variant, className }));
  });

  it("badges: every variant, with each className it is given", () => {
    for (const variant of ["default", "secondary", "success", "warning", "destructive", "outline"] as const)
      for (const className of [undefined, "ml-2"]) unchangedByTailwindMerge(badgeVariants({ variant, className }));
  });

  it("form controls, with each className client-side forms give them", () => {
    for (const className of [undefined, "max-w-40", "font-mono"]) unchangedByTailwindMerge(clsx(INPUT_CLASSES, className));
    unchangedByTailwindMerge(SELECT_CLASSES);
    unchangedByTailwindMerge(TEXTAREA_CLASSES);
    unchangedByTailwindMerge(LABEL_CLASSES);
  });

  it("table parts, with each className the client rows (orders list, chart table views) give a cell or a heading", () => {
    for (const classes of [TABLE_FRAME_CLASSES, TABLE_CLASSES, TABLE_HEADER_CLASSES, `${TABLE_HEAD_CLASSES} text-left`, `${TABLE_HEAD_CLASSES} text-right`, TABLE_BODY_CLASSES, TABLE_ROW_CLASSES])
      unchangedByTailwindMerge(classes);
    for (const className of ["whitespace-nowrap", "break-words", "break-all text-xs", "text-right tabular-nums", "max-w-64 truncate"])
      unchangedByTailwindMerge(`${TABLE_CELL_CLASSES} ${className}`);
  });
});
