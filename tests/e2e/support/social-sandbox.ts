import { createFacebookSandboxControl } from "../../../sandbox/providers/facebook/control-client";
import { createTikTokSandboxControl } from "../../../sandbox/providers/tiktok/control-client";
import { e2eUrls } from "../../../playwright.config";

export const facebookSandboxControl = createFacebookSandboxControl(e2eUrls.sandbox);
export const tiktokSandboxControl = createTikTokSandboxControl(e2eUrls.sandbox);
