import { describe, expectTypeOf, it } from "vitest";
import type { loginSchema } from "@/actions/auth.validation";
import type { createDestinationSchema } from "@/actions/destinations.validation";
import type { ActionFieldName, ActionInput } from "@/components/forms/form-action-types";

// Checked by the compiler (`npm run typecheck` covers tests/): a form naming a field its
// action does not take, or a button sending the wrong input, no longer compiles.
describe("form plumbing types", () => {
  it("names exactly the fields the action's schema takes, across every shape of a union", () => {
    expectTypeOf<ActionFieldName<typeof loginSchema>>().toEqualTypeOf<"email" | "password" | "redirectTo">();
    expectTypeOf<ActionFieldName<typeof createDestinationSchema>>().toEqualTypeOf<
      "type" | "name" | "telegramChatId" | "webhookUrl" | "emailRecipients"
    >();
  });

  it("takes the action's input as its schema describes it, and nothing for an action without one", () => {
    expectTypeOf<ActionInput<typeof loginSchema>>().toHaveProperty("email").toEqualTypeOf<string>();
    expectTypeOf<ActionInput<typeof loginSchema>>().toHaveProperty("password").toEqualTypeOf<string>();
    expectTypeOf<ActionInput<typeof loginSchema>>().not.toHaveProperty("passwrd");
    expectTypeOf<ActionInput<undefined>>().toEqualTypeOf<undefined>();
  });
});
