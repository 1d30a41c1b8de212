import { EmbeddedRunner } from "@/lib/workflows/runner/embedded-runner";
import { everySecondFunction, testWorkflowFunctions } from "./test-functions";

/**
 * A runner in a process of its own, for tests that kill one mid-step or run
 * several against one database. The environment comes from the test file.
 */
const functions = process.env.TEST_RUNNER_CRON === "1" ? [everySecondFunction] : testWorkflowFunctions;
const runner = new EmbeddedRunner({ functions, pollMs: 50, leaseMs: Number(process.env.TEST_RUNNER_LEASE_MS ?? 60_000), retryBaseMs: 50 });
runner.start();
setInterval(() => undefined, 60_000);
process.stdout.write("runner ready\n");
process.on("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
