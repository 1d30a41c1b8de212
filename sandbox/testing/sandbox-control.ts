import { z } from "zod";
import {
  clockStateSchema,
  latencyStateSchema,
  requestCountersSchema,
  type ClockState,
  type FaultInput,
  type LatencyState,
  type RequestCounters,
} from "../control/control-schemas";
import { faultRuleSchema, type FaultRule } from "../core/fault-plan";
import { journalEntrySchema, type JournalEntry, type JournalFilter } from "../core/request-journal";
import { sandboxEmailSchema, type SandboxEmail } from "../providers/resend/email-views";

/** Typed access to a running sandbox's `/_control` API, for tests and scripts. */
export type SandboxControl = {
  reset(): Promise<void>;
  injectFault(fault: FaultInput): Promise<FaultRule>;
  requests(filter?: JournalFilter): Promise<JournalEntry[]>;
  clock(): Promise<ClockState>;
  advanceClock(seconds: number): Promise<ClockState>;
  resendEmails(filter?: { to?: string }): Promise<SandboxEmail[]>;
  /** Requests received per provider and `METHOD /path`. */
  counters(filter?: JournalFilter): Promise<RequestCounters>;
  /** Every answer (of `provider`, or of all) takes `ms` longer. */
  setLatency(ms: number, provider?: string): Promise<LatencyState>;
};

async function readJson<TSchema extends z.ZodType>(response: Response, schema: TSchema): Promise<z.output<TSchema>> {
  const text = await response.text();
  if (!response.ok) throw new Error(`Sandbox control call failed with HTTP ${response.status}: ${text}`);
  return schema.parse(JSON.parse(text));
}

function withQuery(url: string, query: Record<string, string | undefined>): string {
  const defined = Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return defined.length === 0 ? url : `${url}?${new URLSearchParams(defined).toString()}`;
}

export function createSandboxControl(sandboxUrl: string): SandboxControl {
  const control = `${sandboxUrl}/_control`;
  const post = (path: string, body: unknown): Promise<Response> =>
    fetch(`${control}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  return {
    async reset() {
      await readJson(await post("/reset", {}), z.object({ reset: z.literal(true) }));
    },
    async injectFault(fault) {
      return (await readJson(await post("/faults", fault), z.object({ fault: faultRuleSchema }))).fault;
    },
    async requests(filter = {}) {
      const response = await fetch(withQuery(`${control}/requests`, filter));
      return (await readJson(response, z.object({ requests: z.array(journalEntrySchema) }))).requests;
    },
    async clock() {
      return readJson(await fetch(`${control}/clock`), clockStateSchema);
    },
    async advanceClock(seconds) {
      return readJson(await post("/clock/advance", { seconds }), clockStateSchema);
    },
    async counters(filter = {}) {
      return (await readJson(await fetch(withQuery(`${control}/counters`, filter)), requestCountersSchema)).counters;
    },
    async setLatency(ms, provider) {
      const response = await fetch(`${control}/latency`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ms, provider }),
      });
      return readJson(response, latencyStateSchema);
    },
    async resendEmails(filter = {}) {
      const response = await fetch(withQuery(`${control}/resend/emails`, filter));
      return (await readJson(response, z.object({ emails: z.array(sandboxEmailSchema) }))).emails;
    },
  };
}
