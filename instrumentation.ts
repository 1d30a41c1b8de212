export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, InvalidEnvironmentError } = await import("./lib/env");
  try {
    env();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}
