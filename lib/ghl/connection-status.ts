import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AGENCY_CONNECTION_ID } from "./connection-row";
import { refreshAheadMs } from "./refresh-timing";

export type GhlConnectionPhase = "not_connected" | "connected" | "refreshing" | "refresh_uncertain" | "needs_reconnect";

/** What the status panel shows; never a token. */
export type GhlConnectionStatus = {
  configured: boolean;
  phase: GhlConnectionPhase;
  hasAccessToken: boolean;
  hasRefreshToken: boolean;
  tokenValid: boolean;
  expiresAt: Date | null;
  lastRefreshedAt: Date | null;
  connectedAt: Date | null;
  consecutiveFailures: number;
  lastError: string | null;
  ghlCompanyId: string | null;
  scopes: string[];
  autoRefresh: { on: boolean; aheadMinutes: number };
};

export async function getGhlConnectionStatus(now: Date = new Date()): Promise<GhlConnectionStatus> {
  const serverEnv = env();
  const connection = await db.ghlConnection.findUnique({ where: { id: AGENCY_CONNECTION_ID } });
  const base = {
    configured: serverEnv.GHL_CLIENT_ID !== undefined && serverEnv.GHL_CLIENT_SECRET !== undefined,
    autoRefresh: { on: true, aheadMinutes: refreshAheadMs() / 60_000 },
  };
  if (connection === null) {
    return {
      ...base,
      phase: "not_connected",
      hasAccessToken: false,
      hasRefreshToken: false,
      tokenValid: false,
      expiresAt: null,
      lastRefreshedAt: null,
      connectedAt: null,
      consecutiveFailures: 0,
      lastError: null,
      ghlCompanyId: null,
      scopes: [],
    };
  }
  const phase: GhlConnectionPhase =
    connection.state === "NEEDS_RECONNECT"
      ? "needs_reconnect"
      : connection.refreshClaimId !== null
        ? "refreshing"
        : connection.state === "REFRESH_UNCERTAIN"
          ? "refresh_uncertain"
          : "connected";
  return {
    ...base,
    phase,
    hasAccessToken: connection.accessToken.length > 0,
    hasRefreshToken: connection.refreshToken.length > 0,
    tokenValid: connection.state !== "NEEDS_RECONNECT" && connection.accessTokenExpiresAt > now,
    expiresAt: connection.accessTokenExpiresAt,
    lastRefreshedAt: connection.lastRefreshedAt,
    connectedAt: connection.connectedAt,
    consecutiveFailures: connection.consecutiveFailures,
    lastError: connection.lastError,
    ghlCompanyId: connection.ghlCompanyId,
    scopes: connection.scopes.split(/\s+/).filter(Boolean),
  };
}
