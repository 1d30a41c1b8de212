import "server-only";
import { cache } from "react";
import { getSettings } from "./index";

/** The agency's IANA timezone (Settings), read once per request: every date shown uses it. */
export const agencyTimeZone = cache(async (): Promise<string> => (await getSettings()).timezone);
