import "server-only";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COMPANY_NOT_FOUND_MESSAGE } from "./company-input";

export type MergeOutcome = { kept: { id: string; name: string }; merged: { id: string; name: string }; moved: Record<string, number> };

type Tx = Prisma.TransactionClient;

async function lockCompanies(tx: Tx, keepId: string, mergeId: string) {
  // Both rows locked in id order: two merges of the same pair queue instead of deadlocking.
  const locked = await tx.$queryRaw<{ id: string; name: string; mergedIntoId: string | null }[]>`
    SELECT "id", "name", "mergedIntoId" FROM "Company" WHERE "id" IN (${keepId}, ${mergeId}) ORDER BY "id" FOR UPDATE`;
  const kept = locked.find((row) => row.id === keepId);
  const merged = locked.find((row) => row.id === mergeId);
  if (!kept || !merged) throw new UserFacingError(COMPANY_NOT_FOUND_MESSAGE);
  for (const company of [kept, merged]) {
    if (company.mergedIntoId) throw new UserFacingError(`${company.name} was already merged into another company: merge with that one instead.`);
  }
  return { kept, merged };
}

/** A GoHighLevel sub-account belongs to one company: two cannot become one without losing one. */
async function refuseGhlConflict(tx: Tx, kept: { id: string; name: string }, merged: { id: string; name: string }) {
  const subaccounts = await tx.ghlSubaccount.findMany({ where: { companyId: { in: [kept.id, merged.id] } }, select: { companyId: true } });
  if (subaccounts.length === 2) {
    throw new UserFacingError(
      `Both ${kept.name} and ${merged.name} have a GoHighLevel sub-account, and a company can have only one. ` +
        "Nothing was merged: keep both companies, or remove one sub-account in GoHighLevel and from its company first.",
    );
  }
}

async function refuseSocialConflict(tx: Tx, keptId: string, mergedId: string) {
  const [keptAccounts, mergedAccounts] = await Promise.all(
    [keptId, mergedId].map((companyId) => tx.socialAccount.findMany({ where: { companyId }, select: { platform: true, externalId: true, name: true } })),
  );
  const keptKeys = new Set(keptAccounts!.map((account) => `${account.platform}:${account.externalId}`));
  const shared = mergedAccounts!.filter((account) => keptKeys.has(`${account.platform}:${account.externalId}`));
  if (shared.length > 0) {
    throw new UserFacingError(
      `Both companies have ${shared.map((account) => account.name).join(", ")} connected. Nothing was merged: disconnect it from the company you merge away, then merge again.`,
    );
  }
}

/**
 * Merges `mergeId` into `keepId` in one transaction: its orders, invoices (their issued
 * snapshots unchanged), social accounts, GoHighLevel sub-account, automations, alerts and
 * log rows move to the kept company; the merged company stays archived with a note saying
 * where everything went. Refused, changing nothing, when both have a GoHighLevel
 * sub-account or the same social account.
 */
export async function mergeCompanies(keepId: string, mergeId: string, now: Date = new Date()): Promise<MergeOutcome> {
  if (keepId === mergeId) throw new UserFacingError("Choose two different companies to merge.");
  return db.$transaction(async (tx) => {
    const { kept, merged } = await lockCompanies(tx, keepId, mergeId);
    await refuseGhlConflict(tx, kept, merged);
    await refuseSocialConflict(tx, kept.id, merged.id);

    const move = { where: { companyId: merged.id }, data: { companyId: kept.id } };
    const [orders, invoices, socialAccounts, ghlSubaccounts, automations, alerts, logs, oauthStates, pendingSelections] = await Promise.all([
      tx.order.updateMany(move),
      tx.invoice.updateMany(move),
      tx.socialAccount.updateMany(move),
      tx.ghlSubaccount.updateMany(move),
      tx.automation.updateMany(move),
      tx.alert.updateMany(move),
      tx.integrationLog.updateMany(move),
      tx.socialOAuthState.updateMany(move),
      tx.socialPendingSelection.updateMany(move),
    ]);
    const note = `Merged into ${kept.name} (${kept.id}) on ${now.toISOString().slice(0, 10)}: its orders, invoices and accounts are there now.`;
    const current = await tx.company.findUniqueOrThrow({ where: { id: merged.id }, select: { notes: true } });
    await tx.company.update({
      where: { id: merged.id },
      data: { status: "ARCHIVED", archivedAt: now, mergedIntoId: kept.id, notes: current.notes ? `${current.notes}\n\n${note}` : note },
    });
    return {
      kept,
      merged,
      moved: {
        orders: orders.count,
        invoices: invoices.count,
        socialAccounts: socialAccounts.count,
        ghlSubaccounts: ghlSubaccounts.count,
        automations: automations.count,
        alerts: alerts.count,
        logs: logs.count,
        oauthStates: oauthStates.count,
        pendingSelections: pendingSelections.count,
      },
    };
  });
}
