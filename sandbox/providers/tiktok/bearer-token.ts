import { findSandboxAccount, type SandboxTikTokAccount } from "./sandbox-accounts";
import { tokenStatus, type Authorization, type TikTokStore } from "./tiktok-store";

export type Caller = { authorization: Authorization; account: SandboxTikTokAccount };

/** Whom a request's `Authorization: Bearer act...` acts for, or null unless it is a live access token. */
export function callerOf(store: TikTokStore, authorizationHeader: string | undefined, nowMs: number): Caller | null {
  const value = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? "")?.[1];
  const token = value === undefined ? undefined : store.token(value);
  if (token === undefined || token.kind !== "access" || tokenStatus(token, nowMs) !== "live") return null;
  const account = findSandboxAccount(token.authorization.openId);
  return account === undefined ? null : { authorization: token.authorization, account };
}
