import type { ProviderSimulator } from "../core/provider-simulator";
import { resendSimulator } from "./resend";

/** Every simulated provider; each is mounted at `/<name>`. Add new simulators here. */
export const providerSimulators: readonly ProviderSimulator[] = [resendSimulator];
