import { env, InvalidEnvironmentError } from "./env";

/** Stops the server at start-up, naming each bad variable, rather than failing on first use. */
export function verifyEnvironmentAtStartup(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
