import type { FaultBodies } from "../../core/provider-simulator";

export type TelegramErrorBody = {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
};

export function telegramError(errorCode: number, description: string): TelegramErrorBody {
  return { ok: false, error_code: errorCode, description };
}

export function tooManyRequests(retryAfterSeconds: number): TelegramErrorBody {
  return {
    ...telegramError(429, `Too Many Requests: retry after ${retryAfterSeconds}`),
    parameters: { retry_after: retryAfterSeconds },
  };
}

export const telegramFaultBodies: FaultBodies = {
  serverError: () => telegramError(500, "Internal Server Error"),
  rateLimited: tooManyRequests,
  errorWithStatus200: () => telegramError(500, "Internal Server Error"),
};
