/**
 * The automation form's repeated fields (a checkbox per choice), sent as lists. Apart from the
 * action's schema so the form (a client component) does not ship zod with it.
 */
export const AUTOMATION_LIST_FIELDS = ["alertKinds", "entities"] as const;
