import { z } from "zod";
import { FAULT_MODES } from "./fault-plan";
import { matchesPathPattern } from "./path-pattern";

export const journalEntrySchema = z.object({
  /** 1, 2, 3... in arrival order; restarts at reset. */
  sequence: z.number().int(),
  provider: z.string(),
  method: z.string(),
  /** Path inside the provider's mount, e.g. `/emails`. */
  path: z.string(),
  query: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  /** Lower-case names; credentials masked. */
  headers: z.record(z.string(), z.string()),
  /** Parsed JSON or form fields (credentials masked), raw text, or null when empty. */
  body: z.unknown(),
  /** Sandbox-clock time, ISO 8601. */
  receivedAt: z.string(),
  /** The fault answered instead of the simulator, if one was injected. */
  faultInjected: z.enum(FAULT_MODES).nullable(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export type JournalFilter = {
  provider?: string;
  /** Exact path or a pattern with `*` (see matchesPathPattern). */
  path?: string;
};

/** Every request the simulated providers received, for tests to assert on. */
export class RequestJournal {
  #entries: JournalEntry[] = [];

  record(entry: Omit<JournalEntry, "sequence">): JournalEntry {
    const recorded = { ...entry, sequence: this.#entries.length + 1 };
    this.#entries.push(recorded);
    return recorded;
  }

  list(filter: JournalFilter = {}): JournalEntry[] {
    return this.#entries.filter(
      (entry) =>
        (filter.provider === undefined || entry.provider === filter.provider) &&
        (filter.path === undefined || matchesPathPattern(filter.path, entry.path)),
    );
  }

  clear(): void {
    this.#entries = [];
  }
}
