import { env } from "@/lib/env";
import { resolveEngineMode } from "./engine-mode";

export type EngineDescription = { label: string; runsHere: boolean; dashboardUrl: string | null };

/** What the Workflows page says about where runs live, and where to look at them when not here. */
export function describeEngine(): EngineDescription {
  const serverEnv = env();
  const mode = resolveEngineMode(serverEnv);
  if (mode.engine === "embedded") return { label: "Embedded runner (on this app's Postgres)", runsHere: true, dashboardUrl: null };
  const devUrl = serverEnv.INNGEST_DEV && /^https?:\/\//.test(serverEnv.INNGEST_DEV) ? serverEnv.INNGEST_DEV : "http://127.0.0.1:8288";
  return mode.dev
    ? { label: "Inngest dev server", runsHere: false, dashboardUrl: `${devUrl.replace(/\/$/, "")}/runs` }
    : { label: "Inngest", runsHere: false, dashboardUrl: `${serverEnv.INNGEST_DASHBOARD_URL.replace(/\/$/, "")}/runs` };
}
