import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// No one is signed in: the admin client's session check must refuse every call.
vi.mock("@/lib/auth/session", () => ({
  getAdminSession: async () => null,
  requireAdminSession: async () => {
    throw new Error("pages are not under test here");
  },
}));

// Auth.js cannot load outside Next; nothing here may reach it anyway.
vi.mock("@/lib/auth/next-auth", () => {
  const unreachable = async () => {
    throw new Error("Auth.js reached by an anonymous call");
  };
  return { auth: unreachable, signIn: unreachable, signOut: unreachable, handlers: {} };
});

vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

/** The only actions an anonymous visitor may call: signing in, the public onboarding form, and a client's reconnect link (checked by its signed token). */
const PUBLIC_ACTIONS = new Set([
  "loginAction",
  "registerAction",
  "forgotPasswordAction",
  "resetPasswordAction",
  "submitOnboardingAction",
  "startReconnectAction",
]);

const SESSION_ENDED = "Your session has ended. Sign in again.";
const actionsDir = path.resolve(import.meta.dirname, "../../../actions");

/** Every server-action module: the files that start with "use server" (schemas and the client are not). */
const actionModules = readdirSync(actionsDir).filter((file) => file.endsWith(".ts") && !file.endsWith(".validation.ts") && file !== "safe-action.ts");

async function exportedActions(): Promise<[string, (...args: unknown[]) => Promise<unknown>][]> {
  const found: [string, (...args: unknown[]) => Promise<unknown>][] = [];
  for (const file of actionModules) {
    const loaded: Record<string, unknown> = await import(path.join(actionsDir, file));
    for (const [name, value] of Object.entries(loaded)) {
      if (typeof value === "function") found.push([`${file}:${name}`, value as (...args: unknown[]) => Promise<unknown>]);
    }
  }
  return found;
}

describe("server actions called anonymously", () => {
  // Imports every action module (and what they import): slow on a busy machine.
  it("every exported action outside the public list refuses without a session", { timeout: 60_000 }, async () => {
    const actions = await exportedActions();
    const guarded = actions.filter(([id]) => !PUBLIC_ACTIONS.has(id.split(":")[1] ?? ""));
    expect(guarded.length).toBeGreaterThan(10);
    for (const [id, action] of guarded) {
      // Inputs that would pass most schemas and inputs that fail them: the session check comes first either way.
      for (const input of [undefined, {}, { id: "x" }]) {
        const result = await action(input);
        expect({ id, result }).toEqual({ id, result: { serverError: SESSION_ENDED } });
      }
    }
  });

  it("the public list names only actions that exist", { timeout: 60_000 }, async () => {
    const names = new Set((await exportedActions()).map(([id]) => id.split(":")[1]));
    for (const name of PUBLIC_ACTIONS) expect(names).toContain(name);
  });
});
