import { headers } from "next/headers";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { getAdminSession } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/http/client-ip";
import { currentRequestId } from "@/lib/http/request-id";
import { errorFields, log, withLogContext } from "@/lib/log";

const GENERIC_ERROR_MESSAGE =
  "Something went wrong on our side and nothing was changed. Try again in a moment.";

/**
 * The one way to define a server action. Server actions are public HTTP
 * endpoints: input is parsed by the action's schema, and only UserFacingError
 * messages reach the browser; everything else is logged and replaced.
 * Every log line written while an action runs carries the request id and the action's name.
 */
const baseActionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error) {
    if (error instanceof UserFacingError) return error.message;
    log.error(errorFields(error), "server action failed");
    return GENERIC_ERROR_MESSAGE;
  },
}).use(async ({ next, metadata }) => withLogContext({ requestId: await currentRequestId(), action: metadata.actionName }, () => next()));

function containsNulByte(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\0");
  if (Array.isArray(value)) return value.some(containsNulByte);
  if (value && typeof value === "object") return Object.values(value).some(containsNulByte);
  return false;
}

/**
 * Refuses input with NUL bytes before any schema sees it: Postgres cannot store
 * them, and no one types them.
 */
const actionClient = baseActionClient.use(async ({ next, clientInput }) => {
  if (containsNulByte(clientInput)) throw new UserFacingError("The form contains an invisible control character: retype the text and try again.");
  return next();
});

/** For the sign-in pages and the public onboarding form: no session, but the caller's IP. */
export const publicActionClient = actionClient.use(async ({ next }) =>
  next({ ctx: { clientIp: clientIpFrom(await headers(), env().TRUSTED_PROXY_HOPS) } }),
);

/** Everything behind the login: refuses without a live super-admin session. */
export const adminActionClient = actionClient.use(async ({ next }) => {
  const session = await getAdminSession();
  if (!session) throw new UserFacingError("Your session has ended. Sign in again.");
  return next({ ctx: { session } });
});
