import { UserFacingError } from "@/lib/errors";

/** No agency connection is stored: someone must connect GoHighLevel first. */
export class GhlNotConnectedError extends UserFacingError {
  override name = "GhlNotConnectedError";
  constructor() {
    super("GoHighLevel is not connected: connect it under Integrations → GoHighLevel.");
  }
}

/** GoHighLevel refused the refresh token: nothing calls it until a person reconnects. */
export class GhlNeedsReconnectError extends UserFacingError {
  override name = "GhlNeedsReconnectError";
  constructor() {
    super("The GoHighLevel connection needs to be reconnected (Integrations → GoHighLevel); nothing is sent to GoHighLevel until then.");
  }
}

/**
 * No usable agency token right now, though the connection is kept: a refresh is backing off
 * after a failure, or the answer to the last one was lost and awaits reconciliation.
 */
export class GhlTokenUnavailableError extends UserFacingError {
  override name = "GhlTokenUnavailableError";
  constructor(
    message: string,
    /** When trying again may succeed. */
    readonly retryAt: Date | null,
  ) {
    super(message);
  }
}
