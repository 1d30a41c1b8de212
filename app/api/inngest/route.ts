import { serve } from "inngest/next";
import { inngest } from "@/inngest/client";
import { inngestFunctions } from "@/inngest/functions";

export const runtime = "nodejs";

// The engine calls this endpoint; outside dev mode the SDK verifies each call's
// signature with INNGEST_SIGNING_KEY, so only the engine can trigger functions.
export const { GET, POST, PUT } = serve({ client: inngest, functions: inngestFunctions });
