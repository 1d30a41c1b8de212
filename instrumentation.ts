export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { verifyEnvironmentAtStartup } = await import("./lib/startup-checks");
    verifyEnvironmentAtStartup();
  }
}
