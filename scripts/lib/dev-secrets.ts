import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type DevSecrets = { authSecret: string; encryptionKeys: string };

/**
 * Secrets for a local console that nobody configured: made once, kept in the
 * ignored .data folder so sessions survive restarts. Never used in production,
 * where lib/env.ts demands real values.
 */
export function loadDevSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, "dev-secrets.json");
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Partial<DevSecrets>) : {};
  if (stored.authSecret && stored.encryptionKeys) return stored as DevSecrets;
  const secrets: DevSecrets = {
    authSecret: stored.authSecret ?? randomBytes(32).toString("base64url"),
    encryptionKeys: `dev1:${randomBytes(32).toString("base64")}`,
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
