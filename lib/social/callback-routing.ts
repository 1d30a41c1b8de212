import type { SocialOAuthFlow } from "@/lib/generated/prisma/client";
import { CallbackProblemError } from "./callback-problems";
import type { CallbackInput, CallbackResult } from "./callback-result";
import { errorFields, log } from "@/lib/log";

/** Where the browser goes after a callback: never carrying a code or a token. */
export async function callbackDestination(
  flow: SocialOAuthFlow,
  complete: (input: CallbackInput) => Promise<CallbackResult>,
  input: CallbackInput,
): Promise<string> {
  try {
    const result = await complete(input);
    if (result.kind === "select") return `/connections/facebook/${result.pendingSelectionId}`;
    if (result.viaReconnectLink) return `/reconnect/done?flow=${flow.toLowerCase()}`;
    return `/companies/${result.companyId}/social?connected=${result.accountIds.length}`;
  } catch (error) {
    const problem = error instanceof CallbackProblemError ? error.problem : "unexpected";
    if (problem === "unexpected") log.error({ flow, ...errorFields(error) }, "OAuth callback failed unexpectedly");
    const query = new URLSearchParams({ problem, flow: flow.toLowerCase() });
    if (error instanceof CallbackProblemError && error.problem === "permissions_missing" && error.detail) query.set("detail", error.detail);
    return `/oauth/problem?${query.toString()}`;
  }
}
