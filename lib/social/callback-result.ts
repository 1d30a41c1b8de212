/** Where a successful callback leads. */
export type CallbackResult =
  | { kind: "connected"; companyId: string; accountIds: string[]; viaReconnectLink: boolean }
  | { kind: "select"; pendingSelectionId: string };

/** The callback's query without anything that looks like a credential, for logs. */
export type CallbackInput = { params: URLSearchParams; sessionUserId: string | null; now?: Date };
