import type { EmailPayload } from "./email-payload-schema";

export type StoredAttachment = {
  filename: string;
  contentBase64: string;
  contentType: string | null;
};

export type StoredEmail = {
  id: string;
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  replyTo: string[];
  subject: string;
  html: string | null;
  text: string | null;
  tags: EmailPayload["tags"];
  attachments: StoredAttachment[];
  createdAt: Date;
};

export type IdempotencyRecord = {
  /** Canonical JSON of the payload first sent with the key. */
  payloadFingerprint: string;
  emailId: string;
  expiresAtMs: number;
};

/** The simulated Resend account: delivered e-mails and remembered idempotency keys. */
export class ResendStore {
  #emails = new Map<string, StoredEmail>();
  #idempotencyKeys = new Map<string, IdempotencyRecord>();

  save(email: StoredEmail): void {
    this.#emails.set(email.id, email);
  }

  find(id: string): StoredEmail | undefined {
    return this.#emails.get(id);
  }

  newestFirst(): StoredEmail[] {
    return [...this.#emails.values()].reverse();
  }

  /** The live record for a key, forgetting it once expired. */
  findIdempotencyRecord(scopedKey: string, nowMs: number): IdempotencyRecord | undefined {
    const record = this.#idempotencyKeys.get(scopedKey);
    if (record !== undefined && record.expiresAtMs <= nowMs) {
      this.#idempotencyKeys.delete(scopedKey);
      return undefined;
    }
    return record;
  }

  rememberIdempotencyKey(scopedKey: string, record: IdempotencyRecord): void {
    this.#idempotencyKeys.set(scopedKey, record);
  }

  clear(): void {
    this.#emails.clear();
    this.#idempotencyKeys.clear();
  }
}
