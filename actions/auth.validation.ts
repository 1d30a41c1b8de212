import { z } from "zod";
import { addPasswordIssues } from "@/lib/auth/password-policy";

export const emailSchema = z
  .string()
  .trim()
  .min(1, "Enter your e-mail address.")
  .max(254, "This e-mail address is too long.")
  .pipe(z.email("Enter a valid e-mail address, like name@agency.com."));

/** Only same-site paths: an open redirect after login would be a phishing aid. */
const internalPathSchema = z
  .string()
  .regex(/^\/(?![/\\])[\w\-/?=&%.]*$/)
  .optional()
  // A bad return address is dropped (sign-in still lands on the dashboard), not shown as an error.
  .catch(undefined);

export const loginSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Enter your password.").max(1024),
  redirectTo: internalPathSchema,
});

const confirmation = { confirmPassword: z.string() };

function newPasswordChecks<T extends { confirmPassword: string }>(
  passwordKey: keyof T & string,
  contextOf: (value: T) => { email?: string; name?: string },
) {
  return (value: T, ctx: z.RefinementCtx) => {
    const password = value[passwordKey] as string;
    addPasswordIssues(password, contextOf(value), ctx, passwordKey);
    if (password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", message: "The two passwords do not match.", path: ["confirmPassword"] });
    }
  };
}

export const registerSchema = z
  .object({
    name: z.string().trim().min(1, "Enter your name.").max(100, "Use at most 100 characters."),
    email: emailSchema,
    password: z.string(),
    ...confirmation,
  })
  .superRefine(newPasswordChecks("password", (value) => value));

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(1024),
    newPassword: z.string(),
    ...confirmation,
  })
  .superRefine(newPasswordChecks("newPassword", () => ({})));

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: z.string().regex(/^[\w-]{43}$/, "This reset link is malformed. Open the link from the e-mail again."),
    newPassword: z.string(),
    ...confirmation,
  })
  .superRefine(newPasswordChecks("newPassword", () => ({})));
