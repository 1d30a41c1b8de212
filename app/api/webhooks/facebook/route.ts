import { answerFacebookVerification, receiveFacebookEvent } from "@/lib/social/webhooks/receive-webhooks";
import { rawBodyOf, senderIp, toResponse } from "@/lib/social/webhooks/webhook-response";

export const runtime = "nodejs";

/** Meta's subscription handshake: the challenge is echoed only for our verify token. */
export function GET(request: Request): Response {
  return toResponse(answerFacebookVerification(new URL(request.url).searchParams));
}

/** Graph webhook events, authenticated by `X-Hub-Signature-256` (no session): stored, answered at once, processed later. */
export async function POST(request: Request): Promise<Response> {
  const rawBody = await rawBodyOf(request);
  return toResponse(await receiveFacebookEvent({ rawBody, signature: request.headers.get("x-hub-signature-256"), clientIp: senderIp(request) }));
}
