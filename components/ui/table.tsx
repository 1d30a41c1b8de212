import type * as React from "react";
import { cn } from "@/lib/utils";
import {
  TABLE_BODY_CLASSES,
  TABLE_CELL_CLASSES,
  TABLE_CLASSES,
  TABLE_FRAME_CLASSES,
  TABLE_HEAD_CLASSES,
  TABLE_HEADER_CLASSES,
  TABLE_ROW_CLASSES,
} from "./table-classes";

export function Table({ className, ...props }: React.ComponentProps<"table">) {
  return (
    <div className={TABLE_FRAME_CLASSES}>
      <table className={cn(TABLE_CLASSES, className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead className={cn(TABLE_HEADER_CLASSES, className)} {...props} />;
}

export function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody className={cn(TABLE_BODY_CLASSES, className)} {...props} />;
}

export function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return <tr className={cn(TABLE_ROW_CLASSES, className)} {...props} />;
}

export function TableHead({ className, ...props }: React.ComponentProps<"th">) {
  return (
    <th
      className={cn(TABLE_HEAD_CLASSES, "text-left", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return <td className={cn(TABLE_CELL_CLASSES, className)} {...props} />;
}
