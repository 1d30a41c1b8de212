"use server";

import { formInput } from "@/lib/forms/form-fields";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { changePassword, registerSuperAdmin } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth/next-auth";
import {
  checkPasswordResetAllowed,
  FORGOT_PASSWORD_CONFIRMATION,
  resetPassword,
  requestPasswordReset,
} from "@/lib/auth/password-reset";
import { RateLimitedError, UserFacingError } from "@/lib/errors";
import { describeRetryAfter } from "@/lib/rate-limit";
import { adminActionClient, publicActionClient } from "./safe-action";
import {
  changePasswordSchema,
  forgotPasswordSchema,
  loginSchema,
  registerSchema,
  resetPasswordSchema,
} from "./auth.validation";

/** Signs in through Auth.js, turning its errors into messages for the form. */
async function signInWithPassword(email: string, password: string, redirectTo: string) {
  try {
    await signIn("credentials", { email, password, redirectTo });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error; // includes Next's redirect on success
    const retryAfter = /^rate_limited:(\d+)$/.exec((error as AuthError & { code?: string }).code ?? "");
    if (retryAfter) {
      const seconds = Number(retryAfter[1]);
      throw new RateLimitedError(`Too many sign-in attempts. Try again in ${describeRetryAfter(seconds)}.`, seconds);
    }
    throw new UserFacingError("The e-mail address or password is not correct.");
  }
}

export const loginAction = publicActionClient
  .metadata({ actionName: "login" })
  .inputSchema(formInput(loginSchema))
  .stateAction(async ({ parsedInput }) => {
    await signInWithPassword(parsedInput.email, parsedInput.password, parsedInput.redirectTo ?? "/dashboard");
  });

export const registerAction = publicActionClient
  .metadata({ actionName: "registerSuperAdmin" })
  .inputSchema(formInput(registerSchema))
  .stateAction(async ({ parsedInput, ctx }) => {
    await registerSuperAdmin(parsedInput, ctx.clientIp);
    await signInWithPassword(parsedInput.email, parsedInput.password, "/dashboard");
  });

export const logoutAction = adminActionClient.metadata({ actionName: "logout" }).action(async () => {
  await signOut({ redirectTo: "/login" });
});

export const changePasswordAction = adminActionClient
  .metadata({ actionName: "changePassword" })
  .inputSchema(formInput(changePasswordSchema))
  .stateAction(async ({ parsedInput, ctx }) => {
    const account = await changePassword(ctx.session.userId, parsedInput);
    // The bumped session version ended every session, this one included: re-issue
    // it, then load the page afresh so it is rendered with the new session cookie.
    await signInWithPassword(account.email, parsedInput.newPassword, "/settings?password=changed");
  });

export const forgotPasswordAction = publicActionClient
  .metadata({ actionName: "forgotPassword" })
  .inputSchema(formInput(forgotPasswordSchema))
  .stateAction(async ({ parsedInput, ctx }) => {
    await checkPasswordResetAllowed(parsedInput.email, ctx.clientIp);
    await requestPasswordReset(parsedInput.email);
    return { message: FORGOT_PASSWORD_CONFIRMATION };
  });

export const resetPasswordAction = publicActionClient
  .metadata({ actionName: "resetPassword" })
  .inputSchema(formInput(resetPasswordSchema))
  .stateAction(async ({ parsedInput }) => {
    await resetPassword(parsedInput.token, parsedInput.newPassword);
    redirect("/login?reset=done");
  });
