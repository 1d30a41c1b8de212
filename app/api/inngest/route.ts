import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { inngestFunctions } from "@/inngest/functions";
import { env } from "@/lib/env";
import { resolveEngineMode } from "@/lib/workflows/engine-mode";

export const runtime = "nodejs";

// The engine calls this endpoint; outside dev mode the SDK verifies each call's
// signature with INNGEST_SIGNING_KEY, so only the engine can trigger functions.
const inngestHandlers = serve({ client: inngest, functions: inngestFunctions });

type Handler = (request: Request, context: unknown) => Promise<Response>;

/** With the embedded runner nothing calls this endpoint: say so instead of failing on a missing signing key. */
function onlyWithInngest(handler: Handler): Handler {
  return async (request, context) => {
    if (resolveEngineMode(env()).engine === "embedded") {
      return Response.json(
        { message: "Workflows run on the embedded runner (WORKFLOW_ENGINE=embedded): this endpoint serves Inngest only." },
        { status: 404 },
      );
    }
    return handler(request, context);
  };
}

export const GET = onlyWithInngest(inngestHandlers.GET as Handler);
export const POST = onlyWithInngest(inngestHandlers.POST as Handler);
export const PUT = onlyWithInngest(inngestHandlers.PUT as Handler);
