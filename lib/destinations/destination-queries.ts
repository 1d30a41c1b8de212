import { db } from "@/lib/db";
import type { DeliveryOutcome, DestinationStatus, DestinationType } from "@/lib/generated/prisma/client";

/** A destination as the console lists it: never its secret. */
export type DestinationSummary = {
  id: string;
  name: string;
  type: DestinationType;
  target: string;
  status: DestinationStatus;
  statusReason: string | null;
  consecutiveFailures: number;
  lastDeliveryAt: Date | null;
  automationCount: number;
};

export type DeliveryLogEntry = {
  id: string;
  createdAt: Date;
  event: string;
  outcome: DeliveryOutcome;
  responseCode: number | null;
  durationMs: number;
  attempt: number;
  error: string | null;
};

const summarySelect = {
  id: true,
  name: true,
  type: true,
  telegramChatId: true,
  webhookUrl: true,
  emailRecipients: true,
  status: true,
  statusReason: true,
  consecutiveFailures: true,
  lastDeliveryAt: true,
  _count: { select: { automations: true } },
} as const;

type SummaryRow = { telegramChatId: string | null; webhookUrl: string | null; emailRecipients: string[]; _count: { automations: number } } & Omit<
  DestinationSummary,
  "target" | "automationCount"
>;

function toSummary({ telegramChatId, webhookUrl, emailRecipients, _count, ...row }: SummaryRow): DestinationSummary {
  const target = row.type === "TELEGRAM" ? `chat ${telegramChatId}` : row.type === "WEBHOOK" ? (webhookUrl ?? "") : emailRecipients.join(", ");
  return { ...row, target, automationCount: _count.automations };
}

export async function listDestinations(): Promise<DestinationSummary[]> {
  const rows = await db.destination.findMany({ select: summarySelect, orderBy: { createdAt: "asc" } });
  return rows.map(toSummary);
}

export async function getDestinationWithLog(id: string): Promise<{ destination: DestinationSummary; deliveries: DeliveryLogEntry[] } | null> {
  const row = await db.destination.findUnique({ where: { id }, select: summarySelect });
  if (!row) return null;
  const deliveries = await db.destinationDelivery.findMany({
    where: { destinationId: id },
    orderBy: [{ createdAt: "desc" }, { attempt: "desc" }],
    take: 100,
    select: { id: true, createdAt: true, event: true, outcome: true, responseCode: true, durationMs: true, attempt: true, error: true },
  });
  return { destination: toSummary(row), deliveries };
}

export async function destinationChoices(): Promise<{ id: string; label: string }[]> {
  const rows = await db.destination.findMany({ select: { id: true, name: true, type: true }, orderBy: { name: "asc" } });
  return rows.map((row) => ({ id: row.id, label: `${row.name} (${row.type.toLowerCase()})` }));
}
