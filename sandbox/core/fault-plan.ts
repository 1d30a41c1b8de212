import { z } from "zod";
import { matchesPathPattern } from "./path-pattern";

export const FAULT_MODES = ["http_500", "rate_limit", "timeout", "malformed_json", "error_200"] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export const faultRuleSchema = z.object({
  id: z.number().int(),
  provider: z.string(),
  /** Null matches every method. */
  method: z.string().nullable(),
  /** Path inside the provider's mount, `*` matching within a segment. */
  path: z.string(),
  mode: z.enum(FAULT_MODES),
  /** Matching requests still to fail. */
  remaining: z.number().int(),
  /** Sent as Retry-After by `rate_limit`. */
  retryAfterSeconds: z.number().int(),
});
export type FaultRule = z.infer<typeof faultRuleSchema>;

export type NewFault = Omit<FaultRule, "id">;

/** The failures scheduled for upcoming requests, consumed one request at a time in FIFO order. */
export class FaultPlan {
  #rules: FaultRule[] = [];
  #nextId = 1;

  add(fault: NewFault): FaultRule {
    const rule = { ...fault, id: this.#nextId++ };
    this.#rules.push(rule);
    return { ...rule };
  }

  /** The fault to apply to this request, if any; counts it as used. */
  take(provider: string, method: string, path: string): FaultRule | null {
    const rule = this.#rules.find(
      (candidate) =>
        candidate.provider === provider &&
        (candidate.method === null || candidate.method === method) &&
        matchesPathPattern(candidate.path, path),
    );
    if (rule === undefined) return null;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.#rules = this.#rules.filter((candidate) => candidate !== rule);
    return { ...rule };
  }

  list(): FaultRule[] {
    return this.#rules.map((rule) => ({ ...rule }));
  }

  clear(): void {
    this.#rules = [];
    this.#nextId = 1;
  }
}
