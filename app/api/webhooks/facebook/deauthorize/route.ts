import { receiveFacebookSignedRequest } from "@/lib/social/webhooks/receive-webhooks";
import { senderIp, toResponse } from "@/lib/social/webhooks/webhook-response";

export const runtime = "nodejs";

/** Meta's deauthorize callback (`signed_request`, checked with the app secret): the user's accounts are disconnected. */
export async function POST(request: Request): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  return toResponse(await receiveFacebookSignedRequest({ kind: "deauthorize", form, clientIp: senderIp(request) }));
}
