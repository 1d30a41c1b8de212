import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { IntegrationTestRunner } from "./integration-test-runner";

/** "Test integration": the card is drawn by the server, only the runner inside it is interactive. */
export function IntegrationTestCard() {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Test integration</CardTitle>
        <CardDescription>
          A harmless read, a token refresh, a sub-account token and a test contact upsert in the agency&apos;s CRM sub-account.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <IntegrationTestRunner />
      </CardContent>
    </Card>
  );
}
