import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { FormField } from "./form-field";

type NewPasswordErrors = { newPassword?: string[] | undefined; confirmPassword?: string[] | undefined };

/** A new password typed twice, as the reset and change password forms ask for it. */
export function NewPasswordFields({ errors }: { errors: NewPasswordErrors }) {
  return (
    <>
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={errors.newPassword}
      />
      <FormField
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.confirmPassword}
      />
    </>
  );
}
