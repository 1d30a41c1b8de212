import { createGhlSandboxControl } from "../../../sandbox/providers/ghl/control-client";
import { createFampageSandboxControl } from "../../../sandbox/providers/fampage/control-client";
import { createTelegramSandboxControl } from "../../../sandbox/providers/telegram/control-client";
import { createWebhookReceiverControl } from "../../../sandbox/providers/webhook/control-client";
import { createSandboxControl } from "../../../sandbox/testing/sandbox-control";
import { e2eUrls } from "../../../playwright.config";

/** The browser tests' sandbox: inspect what it received, move its clock. */
export const sandboxControl = createSandboxControl(e2eUrls.sandbox);
export const fampageSandboxControl = createFampageSandboxControl(e2eUrls.sandbox);
export const ghlSandboxControl = createGhlSandboxControl(e2eUrls.sandbox);
export const telegramSandboxControl = createTelegramSandboxControl(e2eUrls.sandbox);
export const webhookReceiverControl = createWebhookReceiverControl(e2eUrls.sandbox);
