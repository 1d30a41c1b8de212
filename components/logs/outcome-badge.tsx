import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { OUTCOME_LABELS } from "@/lib/integration-log/labels";
import type { CallOutcome } from "@/lib/integration-log/types";

// Amber for what may pass on a later try, red for what needs a person.
const VARIANTS: Record<CallOutcome, BadgeVariant> = {
  success: "success",
  rate_limited: "warning",
  transient: "warning",
  auth: "destructive",
  invalid_request: "destructive",
  unexpected: "destructive",
};

export function OutcomeBadge({ outcome }: { outcome: CallOutcome }) {
  return (
    <Badge variant={VARIANTS[outcome]} data-testid="log-outcome">
      {OUTCOME_LABELS[outcome]}
    </Badge>
  );
}
