export type SandboxRefill = { id: number; orderId: number; createdAtMs: number };

export type RefillStatus = "Pending" | "In progress" | "Completed";

/** A refill waits a minute, then tops the order up for nine more. */
const REFILL_PENDING_MS = 60_000;
const REFILL_DONE_MS = 600_000;

export function refillStatusAt(refill: SandboxRefill, nowMs: number): RefillStatus {
  const ageMs = nowMs - refill.createdAtMs;
  if (ageMs < REFILL_PENDING_MS) return "Pending";
  return ageMs < REFILL_DONE_MS ? "In progress" : "Completed";
}
