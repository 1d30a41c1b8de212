import { z } from "zod";
import { encryptionKeysSchema } from "@/lib/crypto/key-ring";

const url = (what: string) => z.url({ message: `must be a URL (${what})` });

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ message: "is required: the Postgres connection URL" })
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL"),
  // The embedded Postgres (PGlite) is one session shared by every connection: it
  // needs 1, or statements from different connections interleave.
  DATABASE_POOL_MAX: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(100).default(10),
  AUTH_SECRET: z
    .string({ message: "is required: a random string of at least 32 characters (openssl rand -base64 32)" })
    .min(32, "must be at least 32 characters long"),
  ENCRYPTION_KEYS: encryptionKeysSchema,
  APP_URL: url("the public address of this console, used in e-mailed links").default("http://localhost:3000"),
  MAIL_FROM: z.string().min(3).default("Social Scale <no-reply@socialscale.local>"),
  RESEND_BASE_URL: url("the Resend API, or the sandbox's /resend").default("https://api.resend.com"),
  RESEND_API_KEY: z
    .string({ message: "is required: a Resend API key (re_...)" })
    .startsWith("re_", "must be a Resend API key starting with re_"),

  // Required in production (see the refinement below): guessing either way is unsafe.
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "must be the number of reverse proxies in front of the console (0 for none)" })
    .int()
    .min(0, "must be 0 (no proxy) or more")
    .max(10)
    .optional(),
  PROVIDER_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds" })
    .int()
    .min(100, "must be at least 100 ms")
    .max(120_000, "must be at most 120000 ms")
    .default(15_000),

  // Providers below are optional at start-up: a feature whose provider is not
  // configured says so when used (see lib/providers/<name>/config.ts).
  FAMPAGE_BASE_URL: url("the Fampage API v2 endpoint").default("https://fampage.in/api/v2"),
  FAMPAGE_API_KEY: z.string().min(1).optional(),

  GHL_CLIENT_ID: z.string().min(1).optional(),
  GHL_CLIENT_SECRET: z.string().min(1).optional(),
  GHL_AUTHORIZE_URL: url("GoHighLevel's location chooser").default(
    "https://marketplace.gohighlevel.com/oauth/chooselocation",
  ),
  GHL_API_BASE_URL: url("the LeadConnector API").default("https://services.leadconnectorhq.com"),
  GHL_BACKEND_URL: url("GoHighLevel's backend for users/authenticate").default("https://backend.leadconnectorhq.com"),
  GHL_SCOPES: z
    .string()
    .default("locations.write locations.readonly users.write users.readonly contacts.write contacts.readonly oauth.write oauth.readonly"),
  GHL_REFRESH_AHEAD_MINUTES: z.coerce
    .number({ message: "must be a number of minutes" })
    .int()
    .min(1, "must be at least 1 minute")
    .max(720, "must be at most 720 minutes (half the token's lifetime)")
    .default(15),
  GHL_AGENCY_LOCATION_ID: z.string().min(1).optional(),

  FACEBOOK_APP_ID: z.string().min(1).optional(),
  FACEBOOK_APP_SECRET: z.string().min(1).optional(),
  FACEBOOK_GRAPH_VERSION: z.string().regex(/^v\d+\.\d+$/, "must look like v21.0").default("v21.0"),
  FACEBOOK_WEB_BASE_URL: url("where the Facebook Login dialog lives").default("https://www.facebook.com"),
  FACEBOOK_GRAPH_BASE_URL: url("the Graph API").default("https://graph.facebook.com"),
  FACEBOOK_WEBHOOK_VERIFY_TOKEN: z.string().min(8).optional(),

  INSTAGRAM_APP_ID: z.string().min(1).optional(),
  INSTAGRAM_APP_SECRET: z.string().min(1).optional(),
  INSTAGRAM_WEB_BASE_URL: url("where Instagram Login's authorize page lives").default("https://www.instagram.com"),
  INSTAGRAM_API_BASE_URL: url("Instagram's code exchange host").default("https://api.instagram.com"),
  INSTAGRAM_GRAPH_BASE_URL: url("the Instagram Graph API").default("https://graph.instagram.com"),

  TIKTOK_CLIENT_KEY: z.string().min(1).optional(),
  TIKTOK_CLIENT_SECRET: z.string().min(1).optional(),
  TIKTOK_WEB_BASE_URL: url("where TikTok's authorize page lives").default("https://www.tiktok.com"),
  TIKTOK_API_BASE_URL: url("the TikTok open API").default("https://open.tiktokapis.com"),

  TELEGRAM_API_URL: url("the Telegram Bot API").default("https://api.telegram.org"),
  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]+$/, "must look like 123456:ABC-DEF").optional(),

  // Webhook destinations refuse private and loopback addresses; these exact origins
  // (the provider sandbox's receiver) are let through, and only on a machine of
  // one's own (NODE_ENV not production, or APP_URL on loopback): never in a deployment.
  WEBHOOK_SANDBOX_ORIGINS: z
    .string()
    .transform((value) => value.split(",").map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ message: "must be a comma-separated list of origins like http://127.0.0.1:4010" })))
    .optional(),

  // Workflows (lib/workflows/engine-mode.ts decides which engine runs them).
  WORKFLOW_ENGINE: z.enum(["inngest", "embedded"], { message: "must be inngest or embedded" }).optional(),
  INNGEST_DEV: z.string().optional(),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DASHBOARD_URL: url("the Inngest dashboard, for links to runs").default("https://app.inngest.com/env/production"),
  WORKFLOW_RUNNER_SLOTS: z.coerce.number({ message: "must be a whole number" }).int().min(1).max(200).default(16),
})
  .superRefine((parsed, context) => {
    if (parsed.NODE_ENV === "production" && parsed.TRUSTED_PROXY_HOPS === undefined) {
      context.addIssue({
        code: "custom",
        path: ["TRUSTED_PROXY_HOPS"],
        message:
          "is required in production: the number of reverse proxies that append the client's address to X-Forwarded-For (0 when clients connect directly)",
      });
    }
  })
  // Outside production, no proxy: a client-sent forwarding header is never trusted.
  .transform((parsed) => ({ ...parsed, TRUSTED_PROXY_HOPS: parsed.TRUSTED_PROXY_HOPS ?? 0 }));

export type ServerEnv = z.output<typeof serverEnvSchema>;

export class InvalidEnvironmentError extends Error {
  override name = "InvalidEnvironmentError";
}

/** Never includes the values themselves: they may be secrets. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.join(".")} ${issue.message}`).join("\n");
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const blankAsMissing = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  const result = serverEnvSchema.safeParse(blankAsMissing);
  if (!result.success) {
    throw new InvalidEnvironmentError(
      `The environment is not valid (see .env.example):\n${describeIssues(result.error)}`,
    );
  }
  return result.data;
}

let cached: ServerEnv | undefined;

/** The validated environment, parsed on first use so `next build` needs no secrets. */
export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
