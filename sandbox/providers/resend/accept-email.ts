import type { EmailPayload } from "./email-payload-schema";
import type { ResendStore, StoredEmail } from "./resend-store";

const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export type AcceptEmailRequest = {
  payload: EmailPayload;
  /** The Idempotency-Key header scoped to the API key that sent it, or null without one. */
  scopedIdempotencyKey: string | null;
  now: Date;
  newId: () => string;
};

export type AcceptEmailResult =
  | { outcome: "accepted"; email: StoredEmail }
  | { outcome: "replayed"; email: StoredEmail }
  | { outcome: "idempotency_conflict" };

/** Key order must not make two equal payloads look different. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, fieldValue]) => fieldValue !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, fieldValue]) => `${JSON.stringify(key)}:${canonicalJson(fieldValue)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function toStoredEmail(payload: EmailPayload, id: string, createdAt: Date): StoredEmail {
  return {
    id,
    from: payload.from,
    to: payload.to,
    cc: payload.cc,
    bcc: payload.bcc,
    replyTo: payload.reply_to,
    subject: payload.subject,
    html: payload.html ?? null,
    text: payload.text ?? null,
    tags: payload.tags,
    attachments: payload.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentBase64: attachment.content,
      contentType: attachment.content_type ?? null,
    })),
    createdAt,
  };
}

/**
 * Stores an e-mail, unless its idempotency key was already used in the last 24 hours:
 * then the same payload gets the first e-mail back and a different payload is a conflict.
 */
export function acceptEmail(store: ResendStore, request: AcceptEmailRequest): AcceptEmailResult {
  const { scopedIdempotencyKey, payload, now } = request;
  const fingerprint = canonicalJson(payload);

  if (scopedIdempotencyKey !== null) {
    const previous = store.findIdempotencyRecord(scopedIdempotencyKey, now.getTime());
    const previousEmail = previous === undefined ? undefined : store.find(previous.emailId);
    if (previous !== undefined && previousEmail !== undefined) {
      return previous.payloadFingerprint === fingerprint
        ? { outcome: "replayed", email: previousEmail }
        : { outcome: "idempotency_conflict" };
    }
  }

  const email = toStoredEmail(payload, request.newId(), now);
  store.save(email);
  if (scopedIdempotencyKey !== null) {
    store.rememberIdempotencyKey(scopedIdempotencyKey, {
      payloadFingerprint: fingerprint,
      emailId: email.id,
      expiresAtMs: now.getTime() + IDEMPOTENCY_TTL_MS,
    });
  }
  return { outcome: "accepted", email };
}
