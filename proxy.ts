import { type NextRequest, NextResponse } from "next/server";
import {
  type ActionRequestProblem,
  checkFormActionBody,
  checkTextActionBody,
  isMultipart,
  MAX_ACTION_BODY_BYTES,
  NOT_A_FORM,
  TOO_LARGE,
} from "@/lib/http/action-request-check";
import { contentSecurityPolicy, generateNonce, oauthConsentOrigins } from "@/lib/http/content-security-policy";
import { REQUEST_ID_HEADER } from "@/lib/http/request-id";
import { REQUEST_PATH_HEADER } from "@/lib/http/request-path";

/** Reads at most one byte past the limit, so an over-size body is never held whole. */
async function readBodyWithin(request: NextRequest, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function checkActionRequest(request: NextRequest): Promise<ActionRequestProblem | null> {
  const contentType = request.headers.get("content-type");
  const body = await readBodyWithin(request.clone() as NextRequest, MAX_ACTION_BODY_BYTES);
  if (body === null) return TOO_LARGE;
  if (!isMultipart(contentType)) return checkTextActionBody(body);
  try {
    const copy = new Uint8Array(body);
    const form = await new Request("http://action.check/", { method: "POST", headers: { "content-type": contentType ?? "" }, body: copy }).formData();
    return checkFormActionBody(form.entries());
  } catch {
    return NOT_A_FORM;
  }
}

/**
 * Runs before every page and server action: refuses malformed server-action bodies with a
 * 4xx (Next would answer them with a 500), and gives every page a fresh CSP nonce and
 * every request an id its log lines carry.
 */
export async function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  const isActionPost =
    request.method === "POST" && (request.headers.has("next-action") || isMultipart(request.headers.get("content-type")));
  if (isActionPost) {
    const problem = await checkActionRequest(request);
    if (problem) {
      return new NextResponse(problem.message, { status: problem.status, headers: { "content-type": "text/plain; charset=utf-8", [REQUEST_ID_HEADER]: requestId } });
    }
  }

  const policy = contentSecurityPolicy(generateNonce(), process.env.NODE_ENV === "development", oauthConsentOrigins(process.env));
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and stamps it on its scripts.
  requestHeaders.set("content-security-policy", policy);
  // The page asked for, so a sign-in it leads to can come back here (lib/auth/session.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Pages and server actions; not route handlers, build assets or the files in public/.
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|icon|apple-touch-icon|site\\.webmanifest).*)"],
};
