import type { ProviderSimulator } from "../core/provider-simulator";
import { fampageSimulator } from "./fampage";
import { ghlSimulator } from "./ghl";
import { resendSimulator } from "./resend";

/** Every simulated provider; each is mounted at `/<name>`. Add new simulators here. */
export const providerSimulators: readonly ProviderSimulator[] = [resendSimulator, fampageSimulator, ghlSimulator];
