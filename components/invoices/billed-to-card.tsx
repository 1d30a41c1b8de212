import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { BillToSnapshot } from "@/lib/invoices/invoice-snapshots";
import { billToLines } from "@/lib/invoices/party-lines";

/** The company exactly as the document bills it (and its PDF prints it), even if it changed since. */
export function BilledToCard({ billedTo }: { billedTo: BillToSnapshot }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Billed to</CardTitle>
        <CardDescription>As on the document when it was issued.</CardDescription>
      </CardHeader>
      <CardContent>
        <address className="grid gap-0.5 not-italic" data-testid="billed-to">
          <span className="font-medium break-words">{billedTo.name}</span>
          {billToLines(billedTo).map((line) => (
            <span key={line} className="break-words text-muted-foreground">
              {line}
            </span>
          ))}
        </address>
      </CardContent>
    </Card>
  );
}
