import { Alert } from "@/components/ui/alert";
import { VerificationSnippet } from "./verification-snippet";

/** The one time the signing secret is shown: it is stored sealed and never displayed again. */
export function WebhookSecretPanel({ name, secret }: { name: string; secret: string }) {
  return (
    <Alert variant="warning" className="grid gap-2" data-testid="webhook-secret-panel">
      <p className="font-medium">Signing secret for “{name}”: copy it now, it will not be shown again.</p>
      <code className="break-all rounded bg-muted px-2 py-1 font-mono text-xs text-foreground" data-testid="webhook-secret">
        {secret}
      </code>
      <VerificationSnippet />
    </Alert>
  );
}
