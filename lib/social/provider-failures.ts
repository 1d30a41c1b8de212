import { isProviderError } from "@/lib/providers/core";
import { ProviderNotConfiguredError } from "@/lib/providers/not-configured";
import { CallbackProblemError } from "./callback-problems";

/**
 * Runs one provider step of a callback; turns its failure into the problem page to show:
 * a refused code → code_rejected, an outage → provider_unavailable, missing credentials → not_configured.
 */
export async function duringCallback<T>(step: () => Promise<T>, refusal: "code_rejected" | "state_invalid" = "code_rejected"): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof CallbackProblemError) throw error;
    if (error instanceof ProviderNotConfiguredError) throw new CallbackProblemError("not_configured");
    if (isProviderError(error)) {
      if (error.retryable || error.kind === "unexpected") throw new CallbackProblemError("provider_unavailable");
      throw new CallbackProblemError(refusal, error.message);
    }
    throw error;
  }
}

/** The OAuth refusal parameters providers put on the redirect (`error`, `error_reason`...). */
export function refusedByUser(params: URLSearchParams): boolean {
  return params.has("error") || params.has("error_code") || params.has("error_reason");
}

/** Which required scopes a grant lacks. */
export function missingScopes(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((scope) => !granted.includes(scope));
}
