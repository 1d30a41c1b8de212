/**
 * Alert kinds with a label. The list is open: any kind another part of the console opens
 * (`openAlert`) is forwarded and shown, under its raw name when it has no label here.
 */
export const KNOWN_ALERT_KINDS = {
  "panel.low_balance": "Low panel balance",
  "order.stuck": "Order stuck (no progress)",
  "order.partial_or_canceled": "Order partial or canceled",
  "destination.disabled": "Destination disabled",
  "social.token_expiring": "Social token expiring soon",
  "social.needs_reconnect": "Social account needs reconnecting",
  "ghl.needs_reconnect": "GoHighLevel needs reconnecting",
  "ghl.token_expiring": "GoHighLevel token expiring (refresh failing)",
  "ghl.provisioning_failed": "GoHighLevel provisioning failed",
} as const satisfies Record<string, string>;

export function alertKindLabel(kind: string): string {
  return (KNOWN_ALERT_KINDS as Record<string, string>)[kind] ?? kind;
}
