import { z } from "zod";
import {
  sandboxCountersSchema,
  sandboxContactSchema,
  sandboxLocationSchema,
  sandboxNoteSchema,
  sandboxTokenSchema,
  sandboxUserSchema,
  type SandboxContact,
  type SandboxCounters,
  type SandboxLocation,
  type SandboxNote,
  type SandboxToken,
  type SandboxUser,
  type TokenSelector,
} from "./control-views";

/** Typed access to `/_control/ghl` of a running sandbox, for tests and scripts. */
export type GhlSandboxControl = {
  locations(): Promise<SandboxLocation[]>;
  users(): Promise<SandboxUser[]>;
  contacts(): Promise<SandboxContact[]>;
  /** Every note added to any contact, oldest first. */
  notes(): Promise<SandboxNote[]>;
  tokens(): Promise<SandboxToken[]>;
  expireToken(selector: TokenSelector): Promise<SandboxToken>;
  revokeToken(selector: TokenSelector): Promise<SandboxToken>;
  requireTwoFactorOnNextAuthenticate(): Promise<void>;
  counters(): Promise<SandboxCounters>;
  setTokenLatency(ms: number): Promise<void>;
  /** The agency token's next API call is answered 429 with GoHighLevel's rate-limit headers. */
  exhaustRateLimit(): Promise<void>;
  /** The next user creation is refused with a 422 carrying `message`. */
  refuseNextUser(message: string): Promise<void>;
};

async function readJson<TSchema extends z.ZodType>(response: Response, schema: TSchema): Promise<z.output<TSchema>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Sandbox GHL control call failed with HTTP ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

export function createGhlSandboxControl(sandboxUrl: string): GhlSandboxControl {
  const control = `${sandboxUrl}/_control/ghl`;
  const get = (path: string) => fetch(`${control}${path}`);
  const post = (path: string, body: unknown) =>
    fetch(`${control}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const tokenAnswer = z.object({ token: sandboxTokenSchema });

  return {
    locations: async () =>
      (await readJson(await get("/locations"), z.object({ locations: z.array(sandboxLocationSchema) }))).locations,
    users: async () => (await readJson(await get("/users"), z.object({ users: z.array(sandboxUserSchema) }))).users,
    contacts: async () =>
      (await readJson(await get("/contacts"), z.object({ contacts: z.array(sandboxContactSchema) }))).contacts,
    notes: async () => (await readJson(await get("/notes"), z.object({ notes: z.array(sandboxNoteSchema) }))).notes,
    tokens: async () => (await readJson(await get("/tokens"), z.object({ tokens: z.array(sandboxTokenSchema) }))).tokens,
    expireToken: async (selector) => (await readJson(await post("/tokens/expire", selector), tokenAnswer)).token,
    revokeToken: async (selector) => (await readJson(await post("/tokens/revoke", selector), tokenAnswer)).token,
    counters: async () => (await readJson(await get("/counters"), z.object({ counters: sandboxCountersSchema }))).counters,
    async setTokenLatency(ms) {
      await readJson(await post("/token-latency", { ms }), z.object({ ms: z.number() }));
    },
    async refuseNextUser(message) {
      await readJson(await post("/users/refuse-next", { message }), z.object({ armed: z.literal(true) }));
    },
    async exhaustRateLimit() {
      await readJson(await post("/rate-limit/exhaust", {}), z.object({ exhausted: z.literal(true) }));
    },
    async requireTwoFactorOnNextAuthenticate() {
      await readJson(await post("/authenticate/require-two-factor", {}), z.object({ armed: z.literal(true) }));
    },
  };
}
