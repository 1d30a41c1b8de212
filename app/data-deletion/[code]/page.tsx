import type { Metadata } from "next";
import { Card, CardDescription, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { getDeletionRequestStatus } from "@/lib/social/webhooks/deletion-status";

export const metadata: Metadata = { title: "Data deletion request" };

type Props = { params: Promise<{ code: string }> };

/** Public: the page Meta shows a user who asked for their data to be deleted. */
export default async function DataDeletionStatusPage({ params }: Props) {
  const { code } = await params;
  const request = await getDeletionRequestStatus(code);
  return (
    <Card>
      <CardHeader>
        <h1 className="text-xl font-semibold">Data deletion request</h1>
        <CardDescription>
          {request === null
            ? "No request has this confirmation code."
            : request.processedAt === null
              ? `Received ${formatDateTime(request.receivedAt)}; it is being processed.`
              : `Received ${formatDateTime(request.receivedAt)} and completed ${formatDateTime(request.processedAt)}: your accounts are disconnected and their access tokens are no longer used.`}
        </CardDescription>
      </CardHeader>
    </Card>
  );
}
