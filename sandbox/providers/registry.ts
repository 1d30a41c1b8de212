import type { ProviderSimulator } from "../core/provider-simulator";
import { facebookSimulator } from "./facebook";
import { fampageSimulator } from "./fampage";
import { ghlSimulator } from "./ghl";
import { instagramSimulator } from "./instagram";
import { resendSimulator } from "./resend";
import { telegramSimulator } from "./telegram";
import { tiktokSimulator } from "./tiktok";
import { webhookReceiverSimulator } from "./webhook";

/** Every simulated provider; each is mounted at `/<name>`. Add new simulators here. */
export const providerSimulators: readonly ProviderSimulator[] = [resendSimulator, fampageSimulator, ghlSimulator, tiktokSimulator, telegramSimulator, facebookSimulator, instagramSimulator, webhookReceiverSimulator];
