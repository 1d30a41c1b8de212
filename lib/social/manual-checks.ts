import { UserFacingError } from "@/lib/errors";
import { ProviderNotConfiguredError } from "@/lib/providers/not-configured";
import { RetryableSocialError } from "./credential-failures";
import { refreshSocialAccount } from "./refresh-account";
import { validateSocialAccount } from "./validate-account";

const BUSY = "A refresh or check of this account is already running. Try again in a minute.";

async function asUserFacing<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ProviderNotConfiguredError) throw error;
    if (error instanceof RetryableSocialError) {
      throw new UserFacingError(`The provider did not answer; the account stays connected. Try again later. (${error.message})`);
    }
    throw error;
  }
}

/** "Refresh now": renews the token at once, whatever its due date. @throws UserFacingError */
export async function refreshAccountNow(accountId: string): Promise<{ message: string }> {
  const outcome = await asUserFacing(() => refreshSocialAccount(accountId, { force: true }));
  switch (outcome.result) {
    case "refreshed":
      return { message: "Token renewed." };
    case "never_expires":
      return { message: "This token does not expire: nothing to renew." };
    case "too_young":
      return { message: "Instagram renews tokens only once they are 24 hours old: the schedule will do it in time." };
    case "busy":
      throw new UserFacingError(BUSY);
    case "not_connected":
      throw new UserFacingError("This account is disconnected: connect it again.");
    case "not_due":
      return { message: "Not due yet." };
    case "needs_reconnect":
      throw new UserFacingError(`The provider refused the credentials: the account needs reconnecting. ${outcome.message}`);
    case "failed":
      throw new UserFacingError(`The renewal failed: ${outcome.message}`);
  }
}

/** "Validate": asks the provider whether the credentials still work. @throws UserFacingError */
export async function validateAccountNow(accountId: string): Promise<{ message: string }> {
  const outcome = await asUserFacing(() => validateSocialAccount(accountId));
  switch (outcome.result) {
    case "valid":
      return { message: "The credentials work." };
    case "busy":
      throw new UserFacingError(BUSY);
    case "not_connected":
      throw new UserFacingError("This account is disconnected: connect it again.");
    case "access_token_expired":
      return { message: "The access token has expired; use Refresh now to renew it." };
    case "needs_reconnect":
      throw new UserFacingError(`The provider refused the credentials: the account needs reconnecting. ${outcome.message}`);
    case "failed":
      throw new UserFacingError(`The check failed: ${outcome.message}`);
  }
}
