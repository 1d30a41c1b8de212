import type { ConnectFailure } from "@/lib/ghl/oauth-connect";

/** What the callback page says for each way connecting can fail: what happened, then what to do. */
export const CONNECT_FAILURE_TEXT: Record<ConnectFailure, { title: string; body: string }> = {
  denied: {
    title: "Access was not granted",
    body: "GoHighLevel reports that the app was not allowed. Nothing was stored. Press Connect again and choose Allow.",
  },
  missing_parameters: {
    title: "This link is incomplete",
    body: "GoHighLevel's answer lacked its code or state. Start again from Integrations → GoHighLevel.",
  },
  unknown_state: {
    title: "This connection attempt is not known",
    body: "The link was not started from this console, or is older than a day. Start again from Integrations → GoHighLevel.",
  },
  expired_state: {
    title: "This connection attempt expired",
    body: "More than 10 minutes passed since you pressed Connect. Start again from Integrations → GoHighLevel.",
  },
  used_state: {
    title: "This link was already used",
    body: "Each connection link works once (a reload or the back button reuses it). Start again from Integrations → GoHighLevel.",
  },
  other_browser: {
    title: "Started in another browser or session",
    body: "The connection must finish in the browser, and under the sign-in, that started it. Start again from here.",
  },
  wrong_account_type: {
    title: "Installed on a sub-account instead of the agency",
    body: "The console needs the app installed for the agency (Company), not for one sub-account. Connect again and choose the agency.",
  },
  missing_scopes: {
    title: "Some permissions were not granted",
    body: "The app needs every permission it asks for. Connect again and keep all of them selected.",
  },
  exchange_failed: {
    title: "GoHighLevel did not complete the connection",
    body: "Exchanging the authorization code failed. Try connecting again in a moment.",
  },
};
