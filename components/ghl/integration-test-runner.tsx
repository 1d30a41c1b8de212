"use client";

import { useAction } from "next-safe-action/hooks";
import { testGhlIntegrationAction } from "@/actions/ghl";
import { SubmitButton } from "@/components/forms/submit-button";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { IntegrationCheck } from "@/lib/ghl/integration-check";

const OUTCOMES: Record<IntegrationCheck["outcome"], { label: string; variant: BadgeVariant }> = {
  passed: { label: "Passed", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
  skipped: { label: "Skipped", variant: "secondary" },
};

/** The "Test integration" button: runs the checks on the server and lists each result with its duration. */
export function IntegrationTestRunner() {
  const { execute, result, isPending } = useAction(testGhlIntegrationAction);
  const checks = result.data?.checks;
  return (
    <>
      <SubmitButton type="button" pending={isPending} onClick={() => execute({})} className="justify-self-start">
        Test integration
      </SubmitButton>
      {result.serverError ? <p className="text-sm text-destructive">{result.serverError}</p> : null}
      {checks ? (
        <ul className="grid gap-2" data-testid="ghl-checks">
          {checks.map((check) => (
            <li key={check.name} className="flex flex-wrap items-baseline gap-2 text-sm" data-outcome={check.outcome}>
              <Badge variant={OUTCOMES[check.outcome].variant}>{OUTCOMES[check.outcome].label}</Badge>
              <span className="font-medium">{check.name}</span>
              <span className="text-muted-foreground">{check.durationMs} ms</span>
              <span className="basis-full text-muted-foreground">{check.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
