import type * as React from "react";
import { cn } from "@/lib/utils";
import { INPUT_CLASSES } from "./field-classes";

/** For server-rendered pages, which resize it (`w-40` over `w-full`): client-side forms use FormInput, without tailwind-merge. */
export function Input({ className, type, ...props }: React.ComponentProps<"input">) {
  return <input type={type} data-slot="input" className={cn(INPUT_CLASSES, className)} {...props} />;
}
