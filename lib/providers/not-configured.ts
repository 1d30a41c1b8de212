import { UserFacingError } from "@/lib/errors";

function listVariables(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1) ?? ""}`;
}

/**
 * A feature needs a provider whose credentials are not in the environment. The message
 * names the variables to set (never their values) and is safe to show in the console.
 */
export class ProviderNotConfiguredError extends UserFacingError {
  override name = "ProviderNotConfiguredError";
  readonly missingVariables: readonly string[];

  /** @param providerLabel the provider as people call it, e.g. `Fampage`, `GoHighLevel` */
  constructor(providerLabel: string, missingVariables: readonly string[]) {
    super(`${providerLabel} is not configured: set ${listVariables(missingVariables)}.`);
    this.missingVariables = missingVariables;
  }
}
