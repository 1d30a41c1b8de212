/**
 * A refusal whose message is written for the person using the console. Only
 * these messages ever reach the browser; anything else becomes a generic error.
 */
export class UserFacingError extends Error {
  override name = "UserFacingError";
}

export class RateLimitedError extends UserFacingError {
  override name = "RateLimitedError";
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}
