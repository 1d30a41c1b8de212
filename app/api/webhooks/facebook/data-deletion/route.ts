import { receiveFacebookSignedRequest } from "@/lib/social/webhooks/receive-webhooks";
import { senderIp, toResponse } from "@/lib/social/webhooks/webhook-response";

export const runtime = "nodejs";

/** Meta's data-deletion callback: answers `{url, confirmation_code}` as Meta requires. */
export async function POST(request: Request): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  return toResponse(await receiveFacebookSignedRequest({ kind: "data_deletion", form, clientIp: senderIp(request) }));
}
