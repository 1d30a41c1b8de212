/**
 * The table parts' classes, apart from their components: client components that render rows
 * join them with their own without tailwind-merge, and the unit tests check that nothing conflicts.
 */
export const TABLE_BODY_CLASSES = "[&_tr:last-child]:border-0";

export const TABLE_ROW_CLASSES = "border-b transition-colors hover:bg-muted/40";

export const TABLE_CELL_CLASSES = "px-3 py-2.5 align-middle";
