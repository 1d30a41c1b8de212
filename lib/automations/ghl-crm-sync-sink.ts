import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { hasContactKey, upsertCompanyCrmContact } from "@/lib/ghl/crm-contact";
import { GhlNeedsReconnectError, GhlNotConnectedError, GhlTokenUnavailableError } from "@/lib/ghl/errors";
import { withLocationApi } from "@/lib/ghl/ghl-calls";
import { getAgencyToken } from "@/lib/ghl/token-manager";
import { isProviderError } from "@/lib/providers/core/provider-error";
import { crmNoteBody, crmNoteMarker, crmTags } from "./crm-sync-note";
import type { SyncDelivery, SyncSink } from "./sync-sink";
import type { SyncRow } from "./sync-source";

/** A 429 names its wait; longer ones end the run (the next one resumes) rather than hold it open. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 20;
const RATE_LIMIT_TRIES = 3;

/**
 * A note cannot be resent blindly, but a 429 is a refusal before anything happened (GoHighLevel
 * allows 100 calls per 10 s per sub-account, which a long sync reaches): wait and send again.
 */
async function sendRefusedByRateLimitAgain<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const waitSeconds = isProviderError(error) && error.kind === "rate_limited" && !error.ambiguous ? (error.retryAfterSeconds ?? 1) : null;
      if (waitSeconds === null || waitSeconds > MAX_RATE_LIMIT_WAIT_SECONDS || attempt >= RATE_LIMIT_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000));
    }
  }
}

const isConnectionProblem = (error: unknown) =>
  error instanceof GhlNeedsReconnectError || error instanceof GhlNotConnectedError || error instanceof GhlTokenUnavailableError;

const paused = (message: string) => `sync paused: ${message} Nothing was lost: the cursor stays where it is.`;

/** A failure the run can report; anything else is a bug and is thrown. */
function failure(error: unknown): SyncDelivery {
  if (isConnectionProblem(error)) return { ok: false, error: paused((error as Error).message) };
  if (isProviderError(error)) {
    const what = error.ambiguous ? "did not answer clearly" : "refused the call";
    return { ok: false, error: `GoHighLevel ${what} (${error.action}: ${error.message})` };
  }
  throw error;
}

/**
 * Pushes each record as a note, plus status tags, on its company's contact in the agency's own
 * CRM sub-account (GHL_AGENCY_LOCATION_ID), upserting the contact by e-mail first. One record per
 * delivery, so the cursor moves after each note. A note cannot be sent idempotently, so the
 * first record of a run (the one a failed or interrupted run may have sent without moving the
 * cursor) is looked up among the contact's notes by its marker before it is added.
 */
export async function ghlCrmSyncSink(): Promise<SyncSink | { error: string }> {
  const configuredLocationId = env().GHL_AGENCY_LOCATION_ID;
  if (configuredLocationId === undefined) return { error: "Set GHL_AGENCY_LOCATION_ID (the agency's own CRM sub-account) to sync to the GoHighLevel CRM." };
  const crmLocationId = configuredLocationId;
  try {
    await getAgencyToken();
  } catch (error) {
    if (isConnectionProblem(error)) return { error: `Nothing sent; ${paused((error as Error).message)}` };
    throw error;
  }

  const contacts = new Map<string, string | null>();
  const companiesWithoutKey = new Set<string>();

  /** The company's contact id, upserted once per run; null when the company cannot be matched to a contact. */
  async function contactOf(companyId: string): Promise<string | null> {
    if (contacts.has(companyId)) return contacts.get(companyId)!;
    const company = await db.company.findUnique({ where: { id: companyId }, select: { id: true, name: true, contactName: true, contactEmail: true, phone: true } });
    let contactId: string | null = null;
    if (company && hasContactKey(company)) contactId = (await upsertCompanyCrmContact(company, crmLocationId)).id;
    else companiesWithoutKey.add(company?.name ?? companyId);
    contacts.set(companyId, contactId);
    return contactId;
  }

  async function push(row: SyncRow, resuming: boolean): Promise<void> {
    const contactId = await contactOf(row.record.companyId);
    if (contactId === null) return;
    await withLocationApi(crmLocationId, async (api) => {
      await api.addContactTags({ contactId, tags: crmTags(row) });
      if (resuming) {
        const marker = crmNoteMarker(row);
        if ((await api.listContactNotes(contactId)).some((note) => note.body.includes(marker))) return;
      }
      await sendRefusedByRateLimitAgain(() => api.addContactNote({ contactId, body: crmNoteBody(row) }));
    });
  }

  return {
    recordsPerDelivery: 1,
    maxRecordsPerRun: 500,
    summarySuffix: " to the GoHighLevel CRM",
    async deliver([row], { resuming }) {
      try {
        await push(row!, resuming);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    remarks: () =>
      companiesWithoutKey.size === 0
        ? []
        : [`not sent (no e-mail or phone to find the contact by): records of ${[...companiesWithoutKey].join(", ")}`],
  };
}
