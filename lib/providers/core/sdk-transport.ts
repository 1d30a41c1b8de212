/**
 * What a provider SDK made of one request: the HTTP answer it read, or none. SDKs that
 * catch their own network errors cannot say whether the request left this machine,
 * so "no answer" is always treated as "may have reached the provider".
 */
export type SdkAnswer = { answered: true; status: number; headers: Headers; body: unknown } | { answered: false };

/** Sends one attempt through the SDK; aborting `signal` must abort the request. */
export type SdkTransport = (signal: AbortSignal) => Promise<SdkAnswer>;
