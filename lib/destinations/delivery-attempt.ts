/** One try at delivering, as the delivery log stores it (never the body, never a secret). */
export type DeliveryAttempt = {
  ok: boolean;
  responseCode: number | null;
  durationMs: number;
  error: string | null;
};

/** How a channel's delivery ended, after its own retries. */
export type ChannelOutcome =
  | { ok: true; detail: string }
  | {
      ok: false;
      error: string;
      /** Set when the destination cannot work until someone fixes it (the bot was blocked, say). */
      disableBecause?: string;
    };

export type AttemptRecorder = (attempt: DeliveryAttempt) => Promise<void>;

export type DeliveryTiming = { sleep: (ms: number) => Promise<void> };

export const realTiming: DeliveryTiming = { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
