import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/http/client-ip";
import type { WebhookAnswer } from "./receive-webhooks";

/** The route handler's Response for a domain answer; never cached. */
export function toResponse(answer: WebhookAnswer): Response {
  return new Response(answer.body, {
    status: answer.status,
    headers: { "Content-Type": `${answer.contentType}; charset=utf-8`, "Cache-Control": "no-store" },
  });
}

/** The sender's address; null (unknown) without trusted proxies. */
export function senderIp(request: Request): string | null {
  return clientIpFrom(request.headers, env().TRUSTED_PROXY_HOPS);
}

/** The body exactly as sent: signatures are computed over these bytes. */
export async function rawBodyOf(request: Request): Promise<Buffer> {
  return Buffer.from(await request.arrayBuffer());
}
