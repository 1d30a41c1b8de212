import type { SeededRandom } from "../../core/seeded-random";
import { AuthorizationCodes } from "./authorization-codes";
import { FacebookAccount } from "./facebook-account";
import { GraphErrorInjector } from "./graph-error-injection";
import { TokenRegistry, type IssuedToken } from "./token-registry";

export type FacebookTokenKind = "short_lived_user" | "long_lived_user" | "page";

/** What the user agreed to in the dialog. */
export type FacebookConsent = {
  userId: string;
  scopes: string[];
  /** The Pages ticked in the dialog. */
  pageIds: string[];
};

/** Every token obtained from a consent carries it; a Page token also names its Page. */
export type FacebookGrant = FacebookConsent & { pageId: string | null };

export type FacebookToken = IssuedToken<FacebookTokenKind, FacebookGrant>;

/** Everything one simulated Facebook remembers between requests. */
export class FacebookSandboxState {
  readonly account = new FacebookAccount();
  readonly codes: AuthorizationCodes<FacebookConsent>;
  readonly tokens: TokenRegistry<FacebookTokenKind, FacebookGrant>;
  readonly injectedErrors = new GraphErrorInjector();

  constructor(random: SeededRandom) {
    this.codes = new AuthorizationCodes(random);
    this.tokens = new TokenRegistry("EAA", random);
  }

  reset(): void {
    this.account.reset();
    this.codes.clear();
    this.tokens.clear();
    this.injectedErrors.clear();
  }
}
