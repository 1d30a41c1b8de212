import { expect } from "vitest";
import { ProviderError } from "@/lib/providers/core";

/** What the promise rejected with, asserted to be a ProviderError; a promise that resolves fails the test. */
export async function providerErrorOf(promise: Promise<unknown>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}
