import { env, InvalidEnvironmentError } from "./env";
import { EngineNotChosenError, resolveEngineMode } from "./workflows/engine-mode";
import { log } from "./log";

/**
 * Stops the server at start-up, naming each bad variable, rather than failing
 * on first use; and refuses to run without a workflow engine, whose absence
 * would otherwise only show as crons that never fire.
 */
export function verifyEnvironmentAtStartup(): void {
  try {
    resolveEngineMode(env());
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError) && !(error instanceof EngineNotChosenError)) throw error;
    log.fatal({ error: error.name }, error.message);
    process.exit(1);
  }
}
