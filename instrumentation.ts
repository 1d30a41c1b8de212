export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { verifyEnvironmentAtStartup } = await import("./lib/startup-checks");
    verifyEnvironmentAtStartup();
    const { startWorkflowRuntime } = await import("./lib/workflows/workflow-runtime");
    await startWorkflowRuntime();
  }
}
