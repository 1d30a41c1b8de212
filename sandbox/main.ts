import { z } from "zod";
import { sandboxProviderEnv } from "../scripts/lib/sandbox-env";
import { providerSimulators } from "./providers/registry";
import { startSandbox } from "./server";

const environmentSchema = z.object({
  SANDBOX_PORT: z
    .string()
    .regex(/^\d+$/, { message: "SANDBOX_PORT must be a port number" })
    .transform(Number)
    .pipe(z.number().int().max(65_535))
    .default(4010),
  SANDBOX_HOST: z.string().min(1).default("127.0.0.1"),
});

async function main(): Promise<void> {
  const environment = environmentSchema.safeParse(process.env);
  if (!environment.success) {
    console.error(environment.error.issues.map((issue) => issue.message).join("\n"));
    process.exit(1);
  }
  const sandbox = await startSandbox({ port: environment.data.SANDBOX_PORT, host: environment.data.SANDBOX_HOST });

  const lines = [`Provider sandbox listening on ${sandbox.url}`, "", "  Point the console at it with:"];
  for (const [name, value] of Object.entries(sandboxProviderEnv(sandbox.url, {}))) lines.push(`    ${name}=${value}`);
  lines.push("", "  Pages:");
  for (const page of providerSimulators.flatMap((simulator) => simulator.humanPages)) {
    lines.push(`    ${page.label}: ${sandbox.url}${page.path}`);
  }
  lines.push("", `  Control API: ${sandbox.url}/_control (requests, faults, clock, reset)`);
  console.info(lines.join("\n"));

  const stop = (): void => {
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("Sandbox did not close cleanly:", error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

await main();
