import { receiveTikTokEvent } from "@/lib/social/webhooks/receive-webhooks";
import { rawBodyOf, senderIp, toResponse } from "@/lib/social/webhooks/webhook-response";

export const runtime = "nodejs";

/** TikTok webhook events, authenticated by `TikTok-Signature` (no session): stored, answered at once, processed later. */
export async function POST(request: Request): Promise<Response> {
  const rawBody = await rawBodyOf(request);
  return toResponse(await receiveTikTokEvent({ rawBody, signature: request.headers.get("tiktok-signature"), clientIp: senderIp(request) }));
}
