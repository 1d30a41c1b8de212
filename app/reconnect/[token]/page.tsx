import type { Metadata } from "next";
import { startReconnectAction } from "@/actions/social";
import { RedirectingActionButton } from "@/components/social/connect-button";
import { Card, CardContent, CardDescription, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { FLOW_LABELS, FLOW_OF_PLATFORM, PLATFORM_LABELS } from "@/lib/social/platforms";
import { getReconnectPage } from "@/lib/social/reconnect-links";

export const metadata: Metadata = { title: "Reconnect your account", referrer: "no-referrer" };

type Props = { params: Promise<{ token: string }> };

/** Public, no login: the link's token is the authority, checked on every use. */
export default async function ReconnectPage({ params }: Props) {
  const { token } = await params;
  const page = await getReconnectPage(token);
  if (page.status === "invalid") {
    return (
      <Card data-testid="reconnect-invalid">
        <CardHeader>
          <h1 className="text-xl font-semibold">This reconnect link no longer works</h1>
          <CardDescription>It has expired or was already used. Ask your agency to send a new one.</CardDescription>
        </CardHeader>
      </Card>
    );
  }
  const flow = FLOW_OF_PLATFORM[page.platform];
  return (
    <Card data-testid="reconnect-page">
      <CardHeader>
        <h1 className="text-xl font-semibold">Reconnect {page.accountName}</h1>
        <CardDescription>
          Your agency manages the {PLATFORM_LABELS[page.platform]} account {page.accountName} for {page.companyName}, and its connection needs
          renewing.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 text-sm">
        <p>
          Press the button, sign in to {FLOW_LABELS[flow]} as {page.accountName} and allow access. Nothing else is needed; this link works once,
          until {formatDateTime(page.expiresAt)}.
        </p>
        <div>
          <RedirectingActionButton action={startReconnectAction} input={{ token }}>
            Reconnect with {FLOW_LABELS[flow]}
          </RedirectingActionButton>
        </div>
      </CardContent>
    </Card>
  );
}
