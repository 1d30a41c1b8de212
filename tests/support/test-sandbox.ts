import { beforeEach } from "vitest";
import { createSandboxControl, type SandboxControl } from "../../sandbox/testing/sandbox-control";

/**
 * The sandbox the integration setup started for this test file, reset before
 * each test so tests do not see each other's requests, faults or clock.
 */
export function resetSandboxBeforeEach(): { url: string; control: SandboxControl } {
  const url = process.env.SANDBOX_URL;
  if (!url) throw new Error("SANDBOX_URL is not set: run this file in the integration project.");
  const control = createSandboxControl(url);
  beforeEach(() => control.reset());
  return { url, control };
}
