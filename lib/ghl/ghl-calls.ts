import { ghlClient } from "@/lib/providers/app-clients";
import { isProviderError } from "@/lib/providers/core/provider-error";
import type { GhlApi } from "@/lib/providers/ghl";
import { type AgencyToken, getAgencyToken, refreshAgencyToken } from "./token-manager";

/** Shortly before a sub-account token expires it is minted again rather than used. */
const LOCATION_TOKEN_MARGIN_MS = 5 * 60_000;

type CachedLocationToken = { accessToken: string; expiresAt: Date };

/** Sub-account tokens are minted from the agency token and never stored: kept in memory until shortly before expiry. */
const locationTokens = new Map<string, CachedLocationToken>();

function isUnauthorized(error: unknown): boolean {
  return isProviderError(error) && error.kind === "auth" && error.httpStatus === 401;
}

/**
 * Calls GoHighLevel with the agency token. A 401 forces one refresh (unless another caller
 * already replaced that token) and one retry with the new token, no more.
 */
export async function withAgencyApi<T>(call: (api: GhlApi, token: AgencyToken) => Promise<T>): Promise<T> {
  const client = ghlClient();
  const token = await getAgencyToken();
  try {
    return await call(client.withAccessToken(token.accessToken), token);
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    const fresh = await refreshAgencyToken({ mode: "unauthorized", staleAccessToken: token.accessToken });
    return call(client.withAccessToken(fresh.accessToken), fresh);
  }
}

async function mintLocationToken(locationId: string): Promise<CachedLocationToken> {
  const minted = await withAgencyApi((api, agency) => api.getLocationToken({ companyId: agency.ghlCompanyId, locationId }));
  const token = { accessToken: minted.accessToken, expiresAt: minted.expiresAt };
  locationTokens.set(locationId, token);
  return token;
}

/** A sub-account token for `locationId`, from the cache while it has more than 5 minutes left. */
export async function getLocationToken(locationId: string, now: Date = new Date()): Promise<string> {
  const cached = locationTokens.get(locationId);
  if (cached !== undefined && cached.expiresAt.getTime() - now.getTime() > LOCATION_TOKEN_MARGIN_MS) return cached.accessToken;
  return (await mintLocationToken(locationId)).accessToken;
}

/** Calls GoHighLevel as one sub-account; a 401 mints its token once more and retries once. */
export async function withLocationApi<T>(locationId: string, call: (api: GhlApi) => Promise<T>): Promise<T> {
  const client = ghlClient();
  const accessToken = await getLocationToken(locationId);
  try {
    return await call(client.withAccessToken(accessToken));
  } catch (error) {
    if (!isUnauthorized(error)) throw error;
    locationTokens.delete(locationId);
    return call(client.withAccessToken((await mintLocationToken(locationId)).accessToken));
  }
}

/** Forgets every sub-account token (the agency connection was replaced or removed). */
export function forgetLocationTokens(): void {
  locationTokens.clear();
}
