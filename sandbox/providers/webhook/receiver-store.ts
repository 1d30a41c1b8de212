export type SignatureVerdict = "valid" | "invalid" | "stale" | "no_secret";

export type ReceivedDelivery = {
  sequence: number;
  endpoint: string;
  receivedAtMs: number;
  event: string | null;
  deliveryId: string | null;
  timestamp: string | null;
  signature: string | null;
  verdict: SignatureVerdict;
  body: string;
};

/** What the receiver got, and the secret each endpoint verifies signatures with. */
export class ReceiverStore {
  #secrets = new Map<string, string>();
  #deliveries: ReceivedDelivery[] = [];

  setSecret(endpoint: string, secret: string): void {
    this.#secrets.set(endpoint, secret);
  }

  secretOf(endpoint: string): string | undefined {
    return this.#secrets.get(endpoint);
  }

  save(delivery: Omit<ReceivedDelivery, "sequence">): ReceivedDelivery {
    const stored = { ...delivery, sequence: this.#deliveries.length + 1 };
    this.#deliveries.push(stored);
    return stored;
  }

  /** Oldest first. */
  deliveries(endpoint?: string): ReceivedDelivery[] {
    return this.#deliveries.filter((delivery) => endpoint === undefined || delivery.endpoint === endpoint);
  }

  clear(): void {
    this.#secrets.clear();
    this.#deliveries = [];
  }
}
