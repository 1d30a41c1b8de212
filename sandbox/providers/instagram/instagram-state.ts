import type { SeededRandom } from "../../core/seeded-random";
import { AuthorizationCodes } from "../facebook/authorization-codes";
import { GraphErrorInjector } from "../facebook/graph-error-injection";
import { TokenRegistry, type IssuedToken } from "../facebook/token-registry";
import { defaultSandboxLogin, type SandboxInstagramLogin } from "./instagram-account";

export type InstagramTokenKind = "short_lived" | "long_lived";

/** What the user agreed to on the authorize page. */
export type InstagramGrant = { userId: string; scopes: string[] };

export type InstagramToken = IssuedToken<InstagramTokenKind, InstagramGrant>;

/** Everything one simulated Instagram remembers between requests. */
export class InstagramSandboxState {
  login: SandboxInstagramLogin = defaultSandboxLogin();
  readonly codes: AuthorizationCodes<InstagramGrant>;
  readonly tokens: TokenRegistry<InstagramTokenKind, InstagramGrant>;
  readonly injectedErrors = new GraphErrorInjector();

  constructor(random: SeededRandom) {
    this.codes = new AuthorizationCodes(random);
    this.tokens = new TokenRegistry("IGAA", random);
  }

  reset(): void {
    this.login = defaultSandboxLogin();
    this.codes.clear();
    this.tokens.clear();
    this.injectedErrors.clear();
  }
}
