/**
 * The table parts' classes, apart from their components: client components that render rows
 * join them with their own without tailwind-merge, and the unit tests check that nothing conflicts.
 */
export const TABLE_BODY_CLASSES = "[&_tr:last-child]:border-0";

export const TABLE_ROW_CLASSES = "border-b transition-colors hover:bg-muted/40";

export const TABLE_CELL_CLASSES = "px-3 py-2.5 align-middle";

export const TABLE_FRAME_CLASSES = "relative w-full overflow-x-auto rounded-lg border bg-card";

export const TABLE_CLASSES = "w-full caption-bottom text-sm";

export const TABLE_HEADER_CLASSES = "bg-muted/50 [&_tr]:border-b";

/** Without its alignment: a heading is `text-left`, or `text-right` over figures. */
export const TABLE_HEAD_CLASSES = "h-10 whitespace-nowrap px-3 align-middle font-medium text-muted-foreground";
