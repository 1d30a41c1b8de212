import { headers } from "next/headers";
import { createSafeActionClient } from "next-safe-action";
import { z } from "zod";
import { getAdminSession } from "@/lib/auth/session";
import { UserFacingError } from "@/lib/errors";
import { clientIpFrom } from "@/lib/http/client-ip";

export const GENERIC_ERROR_MESSAGE =
  "Something went wrong on our side and nothing was changed. Try again in a moment.";

/**
 * The one way to define a server action. Server actions are public HTTP
 * endpoints: input is parsed by the action's schema, and only UserFacingError
 * messages reach the browser; everything else is logged and replaced.
 */
const baseActionClient = createSafeActionClient({
  defineMetadataSchema: () => z.object({ actionName: z.string() }),
  defaultValidationErrorsShape: "flattened",
  handleServerError(error, { metadata }) {
    if (error instanceof UserFacingError) return error.message;
    console.error(`[action ${metadata?.actionName ?? "unknown"}] ${error.name}: ${error.message}`);
    return GENERIC_ERROR_MESSAGE;
  },
});

/** For the sign-in pages and the public onboarding form: no session, but the caller's IP. */
export const publicActionClient = baseActionClient.use(async ({ next }) =>
  next({ ctx: { clientIp: clientIpFrom(await headers()) } }),
);

/** Everything behind the login: refuses without a live super-admin session. */
export const adminActionClient = baseActionClient.use(async ({ next }) => {
  const session = await getAdminSession();
  if (!session) throw new UserFacingError("Your session has ended. Sign in again.");
  return next({ ctx: { session } });
});
