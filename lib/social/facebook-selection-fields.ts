/**
 * The selection form's checkboxes: one field name per kind, repeated for each ticked account.
 * Apart from the action's schema so the form (a client component) does not ship zod with it.
 */
export const FACEBOOK_SELECTION_LISTS = ["pageIds", "instagramIds"] as const;
