import { createGhlSandboxControl } from "../../../sandbox/providers/ghl/control-client";
import { createFampageSandboxControl } from "../../../sandbox/providers/fampage/control-client";
import { createSandboxControl } from "../../../sandbox/testing/sandbox-control";
import { e2eUrls } from "../../../playwright.config";

/** The browser tests' sandbox: inspect what it received, move its clock. */
export const sandboxControl = createSandboxControl(e2eUrls.sandbox);
export const fampageSandboxControl = createFampageSandboxControl(e2eUrls.sandbox);
export const ghlSandboxControl = createGhlSandboxControl(e2eUrls.sandbox);
