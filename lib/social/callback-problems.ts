import { z } from "zod";

/** Every way an OAuth callback can fail, each with a page saying what happened and what to do. */
export const CALLBACK_PROBLEMS = [
  "denied",
  "permissions_missing",
  "state_invalid",
  "state_expired",
  "session_mismatch",
  "code_rejected",
  "no_pages",
  "wrong_account_type",
  "wrong_account",
  "link_invalid",
  "provider_unavailable",
  "not_configured",
  "unexpected",
] as const;
export type CallbackProblem = (typeof CALLBACK_PROBLEMS)[number];
export const callbackProblemSchema = z.enum(CALLBACK_PROBLEMS);

/** Thrown inside a callback; the route turns it into a redirect to the problem page. */
export class CallbackProblemError extends Error {
  override name = "CallbackProblemError";
  constructor(
    readonly problem: CallbackProblem,
    /** Extra words for the page (e.g. the missing permissions); never a token. */
    readonly detail?: string,
  ) {
    super(problem);
  }
}

export const CALLBACK_PROBLEM_TEXT: Record<CallbackProblem, { title: string; advice: string }> = {
  denied: {
    title: "The connection was cancelled",
    advice: "Nothing was connected. Start again and choose Continue on the provider's page to allow access.",
  },
  permissions_missing: {
    title: "Some permissions were not granted",
    advice: "The account cannot be managed without them. Start again and keep every requested permission switched on.",
  },
  state_invalid: {
    title: "This sign-in answer was already used or is not ours",
    advice: "Each connection attempt works once. Start the connection again from the console.",
  },
  state_expired: {
    title: "The connection attempt took too long",
    advice: "Sign-in answers are valid for 10 minutes. Start the connection again and finish it within that time.",
  },
  session_mismatch: {
    title: "The connection was started in another session",
    advice: "Sign in to the console with the account that started it, then start the connection again.",
  },
  code_rejected: {
    title: "The provider refused the sign-in code",
    advice: "It was already used or has expired (for example after going back in the browser). Start the connection again.",
  },
  no_pages: {
    title: "No Facebook Page was shared",
    advice: "Start again and tick at least one Page in Facebook's dialog (you must be an admin of the Page).",
  },
  wrong_account_type: {
    title: "This account cannot be connected",
    advice: "Only Instagram professional accounts (Business or Creator) can be connected. Switch the account to professional in the Instagram app, then start again.",
  },
  wrong_account: {
    title: "A different account was authorized",
    advice: "The link was for another account. Sign in to the provider as the account named on the reconnect page and try again.",
  },
  link_invalid: {
    title: "This reconnect link no longer works",
    advice: "It has expired or was already used. Ask your agency to send a new link.",
  },
  provider_unavailable: {
    title: "The provider did not answer",
    advice: "Nothing was changed. Wait a minute and start the connection again.",
  },
  unexpected: {
    title: "Something went wrong on our side",
    advice: "Nothing was connected. Start the connection again in a moment; if it keeps failing, check the console's logs.",
  },
  not_configured: {
    title: "This platform is not set up in the console",
    advice: "The app credentials for this platform are missing. Set them (see .env.example) and try again.",
  },
};
